namespace Bot.Fraud.Analysis;

/// <summary>One thing noticed about one link.</summary>
/// <param name="Signal">A <see cref="Config.FraudSignals"/> code.</param>
/// <param name="Domain">The domain as residents should read it (defanged unless official: "abc[.]top").</param>
/// <param name="Official">For look-alikes, the real site that is imitated.</param>
public sealed record LinkFinding(string Signal, string Domain, string? Official = null);
