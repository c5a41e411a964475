namespace Bot.Operations.Analytics;

/// <summary>Add <paramref name="Amount"/> to <paramref name="Field"/> of <paramref name="Counter"/> on <paramref name="Day"/>.</summary>
public readonly record struct AnalyticsIncrement(DateOnly Day, string Counter, string Field, long Amount);
