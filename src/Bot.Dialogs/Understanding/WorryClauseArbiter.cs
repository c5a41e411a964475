using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Keeps a resident's own question when only their fear speaks of scams: "Hộ chiếu bị mất, sợ người ta dùng giả mạo,
/// báo mất ở đâu?" asks where to report a lost passport (services); the scam words are in what they fear
/// (<see cref="WorryClause"/>), not in what they ask.
/// </summary>
/// <remarks>
/// Only a message about to open the scams topic (<see cref="VictimStoryCues.Flow"/>) changes, and only when the
/// message without its fear still ranks a topic with names first, confidently (<see cref="RoutingOptions.Confident"/>),
/// names it (<see cref="TopicNames"/>), and tells no victim's story (<see cref="VictimStoryCues"/>): "bị lừa mất 5
/// triệu, sợ quá, vneid còn dùng được không" stays with scams. A question about a kind of call ("công an gọi bảo cập
/// nhật căn cước, nghi lừa đảo") still ranks scams first without its fear, so it stays too.
/// </remarks>
public sealed class WorryClauseArbiter(IntentRouter router, TopicNames? names, VictimStoryCues? cues, RoutingOptions options)
{
    /// <summary>The named topic the message asks about when its scam words are only in its fear, or null.</summary>
    public RouteCandidate? Meant(string text, UnderstandingDecision decision)
    {
        if (names is null || cues is null || decision.Kind != DecisionKind.Route
            || !string.Equals(decision.Target?.FlowId, cues.Flow, StringComparison.Ordinal)
            || WorryClause.Without(text) is not { } rest)
        {
            return null;
        }

        var ranked = router.Rank(rest);
        if (ranked.Count == 0)
        {
            return null;
        }

        var best = ranked[0];
        if (!UnderstandingPolicy.IsTopic(best.Target)
            || best.Score < options.Confident || !names.Knows(best.Target.FlowId))
        {
            return null;
        }

        var folded = " " + VietnameseText.Fold(rest) + " ";
        if (!names.Named(folded, best.Target.FlowId) || cues.Tell(folded))
        {
            return null;
        }

        return best;
    }
}
