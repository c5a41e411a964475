namespace Bot.Fraud.Analysis;

/// <summary>One reason behind a verdict, in both languages, with what was found filled in.</summary>
/// <param name="Code">The rule's code ("otp_request").</param>
/// <param name="Weight">The rule's weight (0 for reassuring facts such as an official link).</param>
public sealed record FraudReason(string Code, double Weight, string Vi, string En)
{
    /// <summary>The reason in <paramref name="locale"/>.</summary>
    public string Text(string locale) => locale == "en" ? En : Vi;
}
