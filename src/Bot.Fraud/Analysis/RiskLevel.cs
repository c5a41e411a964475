namespace Bot.Fraud.Analysis;

/// <summary>How likely a message is a scam, as residents read it: thấp, trung bình, cao.</summary>
public enum RiskLevel
{
    Low,
    Medium,
    High,
}
