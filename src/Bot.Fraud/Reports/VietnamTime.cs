namespace Bot.Fraud.Reports;

/// <summary>Vietnam's clock (UTC+7 all year: no daylight saving), which the daily digest's "day" follows.</summary>
public static class VietnamTime
{
    /// <summary>UTC+7.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary><paramref name="instant"/> as Vietnam's wall clock.</summary>
    public static DateTimeOffset ToVietnam(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The Vietnam calendar day <paramref name="instant"/> falls on.</summary>
    public static DateOnly Day(DateTimeOffset instant) => DateOnly.FromDateTime(ToVietnam(instant).DateTime);

    /// <summary>00:00 Vietnam time on <paramref name="day"/>.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
