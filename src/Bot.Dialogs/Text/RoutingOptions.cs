namespace Bot.Dialogs.Text;

/// <summary>Thresholds for free-text routing (set in <c>content/bot.yaml</c> under <c>routing</c>).</summary>
public sealed record RoutingOptions
{
    /// <summary>Score at or above which the best target is taken without asking.</summary>
    public double Confident { get; init; } = 0.5;

    /// <summary>How far the best must lead the runner-up (another flow) to be taken without asking.</summary>
    public double Margin { get; init; } = 0.08;

    /// <summary>Score below which nothing is offered.</summary>
    public double Minimum { get; init; } = 0.3;

    /// <summary>
    /// Weight of a word the router has never seen, which dilutes the score of off-topic messages.
    /// Null (the default) weighs it like a known word that occurs in only one example: a word the
    /// bot never saw is as telling as its rarest word ("cách làm bánh chưng" is not about VNeID
    /// just because "cách làm" is common in its examples).
    /// </summary>
    public double? UnknownWordWeight { get; init; }

    /// <summary>How many choices an ambiguous message offers.</summary>
    public int MaxChoices { get; init; } = 3;
}
