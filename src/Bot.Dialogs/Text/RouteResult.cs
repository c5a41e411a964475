namespace Bot.Dialogs.Text;

/// <summary>The router's answer: how sure it is and the best targets, best first (one per flow).</summary>
public sealed record RouteResult(RouteKind Kind, IReadOnlyList<RouteCandidate> Candidates)
{
    public static RouteResult Nothing { get; } = new(RouteKind.None, []);

    /// <summary>The best candidate, if any.</summary>
    public RouteCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;
}
