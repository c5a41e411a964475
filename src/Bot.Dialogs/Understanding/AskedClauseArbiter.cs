using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Routes a long story by the clause that asks (<see cref="AskedClause"/>) when the story's own topic differs from
/// it: "Nghe nói dạo này lừa đảo nhiều lắm, bà sợ quá. Bà hỏi thật, cái app VNeID của bà cứ hiện chưa kích hoạt, bà
/// phải ra đâu để làm?" tells about scams and asks about VNeID.
/// </summary>
/// <remarks>
/// A clause is a few words, and a few words rank less surely than a story, so the clause decides only when both
/// agree it may: the clause alone names its topic confidently (<see cref="RoutingOptions.Confident"/>) and ahead of
/// the story's choice and of any other topic by <see cref="Lead"/>, and the whole story holds that topic close to its
/// own best (<see cref="Share"/>). A clause that only asks "what now?" names nothing and leaves the decision as it
/// was. A "which do you mean?" is settled the same way, and a fallback on a story whose question names a topic opens
/// it. A victim's story is decided before (<see cref="VictimStoryArbiter"/>); a check, a command or out-of-scope is
/// never changed.
/// </remarks>
public sealed class AskedClauseArbiter(IntentRouter router, RoutingOptions options)
{
    /// <summary>How far the asked clause's topic must lead, within the clause, the topic the whole story chose and any other.</summary>
    public const double Lead = 0.07;

    /// <summary>Share of the whole story's best topic score the clause's topic needs in the whole story too.</summary>
    public const double Share = 0.8;

    /// <summary>A lead within the clause so clear that a weaker hold in the story (<see cref="WeakShare"/>) is enough.</summary>
    public const double ClearLead = 0.15;

    /// <summary>Share of the whole story's best topic score that is enough when the clause leads by <see cref="ClearLead"/>.</summary>
    public const double WeakShare = 0.65;

    /// <summary>
    /// The topic the asked clause names when it should replace <paramref name="decision"/>, or null. <paramref name="ranked"/>
    /// is the whole story's ranking.
    /// </summary>
    public RouteCandidate? Meant(string text, IReadOnlyList<RouteCandidate> ranked, UnderstandingDecision decision)
    {
        if (decision.Kind is not (DecisionKind.Route or DecisionKind.Ask or DecisionKind.Fallback))
        {
            return null;
        }

        // Cheapest first: without another topic the story holds close, no clause can change anything.
        var chosen = decision.Target?.FlowId;
        var wholeBest = 0.0;
        foreach (var candidate in ranked)
        {
            if (UnderstandingPolicy.IsTopic(candidate.Target))
            {
                wholeBest = Math.Max(wholeBest, candidate.Score);
            }
        }

        if (!HasContender(ranked, chosen, WeakShare * wholeBest) || AskedClause.Find(text) is not { } clause)
        {
            return null;
        }

        var inClause = router.Rank(clause);
        if (inClause.Count == 0 || !UnderstandingPolicy.IsTopic(inClause[0].Target) || inClause[0].Score < options.Confident
            || string.Equals(inClause[0].Target.FlowId, HelpFlow, StringComparison.Ordinal))
        {
            return null;
        }

        var best = inClause[0];
        if (string.Equals(chosen, best.Target.FlowId, StringComparison.Ordinal))
        {
            return null;
        }

        var runnerUp = inClause.Count > 1 ? inClause[1].Score : 0;

        // Swept on the development set (round 8): every clause that misled led by 0.11 or less, or held under 0.8 of the story.
        var lead = best.Score - Math.Max(ScoreOf(inClause, chosen), runnerUp);
        var share = ScoreOf(ranked, best.Target.FlowId) / Math.Max(wholeBest, double.Epsilon);
        return (lead >= Lead && share >= Share) || (lead >= ClearLead && share >= WeakShare) ? best : null;
    }

    // "… hay phải ra công an xã?" ends many stories about a topic: it asks where to go for that topic, not for the
    // commune police's contact details, so the clause never decides for help.
    private const string HelpFlow = "help";

    private static bool HasContender(IReadOnlyList<RouteCandidate> ranked, string? chosen, double atLeast)
    {
        foreach (var candidate in ranked)
        {
            if (UnderstandingPolicy.IsTopic(candidate.Target) && candidate.Score >= atLeast
                && !string.Equals(candidate.Target.FlowId, chosen, StringComparison.Ordinal)
                && !string.Equals(candidate.Target.FlowId, HelpFlow, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static double ScoreOf(IReadOnlyList<RouteCandidate> ranked, string? flowId)
    {
        foreach (var candidate in ranked)
        {
            if (string.Equals(candidate.Target.FlowId, flowId, StringComparison.Ordinal))
            {
                return candidate.Score;
            }
        }

        return 0;
    }
}
