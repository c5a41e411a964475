using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>The one decision about a typed message, with what it needs to be carried out and its explanation.</summary>
/// <param name="Kind">What to do.</param>
/// <param name="Target">The topic to open (Route), or to offer beside a verdict (Check, may be null).</param>
/// <param name="Command">The global command (Navigate).</param>
/// <param name="Choices">The two or three topics to offer (Ask).</param>
/// <param name="Explanation">Decision, runner-up and reason, for analytics and the preview.</param>
public sealed record UnderstandingDecision(
    DecisionKind Kind,
    RouteTarget? Target,
    string? Command,
    IReadOnlyList<RouteCandidate> Choices,
    UnderstandingExplanation Explanation);
