using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Opens the topic a message names when the one it was about to open is not named at all: "Sang tên xe ô tô cần những
/// gì?" shares "cần những gì" with the VNeID topic's "what do I need" examples, but it names a vehicle (services) and
/// nothing of VNeID. The words that fill a question ("cần gì", "có phải đổi không", "bị sai") are shared by every topic;
/// the words that name the topic are not.
/// </summary>
/// <remarks>
/// Only between topics that have names (<see cref="TopicNames"/>), and only when the named topic is itself a close
/// contender in the whole message's ranking (<see cref="Share"/> of the chosen topic's score): a stray word does not
/// carry a message elsewhere. A message that names both topics, or neither, keeps its decision; a check, a command,
/// out-of-scope or a topic without names (scams, help) is never changed.
/// </remarks>
public sealed class NamedTopicArbiter(TopicNames? names, RoutingOptions options)
{
    /// <summary>Share of the chosen topic's score the named topic needs in the whole message.</summary>
    public const double Share = 0.6;

    /// <summary>The named topic that should replace <paramref name="decision"/> (a route, or a "which do you mean?"), or null.</summary>
    public RouteCandidate? Meant(string text, IReadOnlyList<RouteCandidate> ranked, UnderstandingDecision decision)
    {
        if (names is null)
        {
            return null;
        }

        if (decision.Kind == DecisionKind.Ask)
        {
            return OnlyNamedChoice(text, decision.Choices);
        }

        if (decision.Kind != DecisionKind.Route || decision.Target is not { } target || !names.Knows(target.FlowId))
        {
            return null;
        }

        // Cheapest first: a contender with names close enough, before the message is folded.
        var chosenScore = ScoreOf(ranked, target.FlowId);
        if (!HasContender(ranked, target.FlowId, chosenScore))
        {
            return null;
        }

        var folded = " " + VietnameseText.Fold(text) + " ";
        if (!names.Named(folded, target.FlowId))
        {
            return NamedContender(ranked, target.FlowId, chosenScore, folded);
        }

        // A story names several topics; the clause that asks may name only one of them ("… nhận tiền trợ cấp qua tài
        // khoản … Điện thoại cũ vậy có quét chip được không?").
        if (AskedClause.Find(text) is not { } clause)
        {
            return null;
        }

        var foldedClause = " " + VietnameseText.Fold(clause) + " ";
        return names.Named(foldedClause, target.FlowId) ? null : NamedContender(ranked, target.FlowId, chosenScore, foldedClause);
    }

    // Ranked best first: the first named contender is the strongest.
    private RouteCandidate? NamedContender(IReadOnlyList<RouteCandidate> ranked, string chosen, double chosenScore, string paddedFolded)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            if (IsContender(candidate, chosen, chosenScore) && names!.Named(paddedFolded, candidate.Target.FlowId))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// A "which do you mean?" between topics that all have names, of which the message names exactly one ("vneid nhận otp
    /// xong bị báo hết hạn" is as close to a temporary-residence extension as to VNeID, and names only VNeID). A choice
    /// without names (scams) keeps the question: scam questions name the topic of their pretext.
    /// </summary>
    private RouteCandidate? OnlyNamedChoice(string text, IReadOnlyList<RouteCandidate> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (!names!.Knows(choice.Target.FlowId))
            {
                return null;
            }
        }

        var folded = " " + VietnameseText.Fold(text) + " ";
        RouteCandidate? named = null;
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (names!.Named(folded, choice.Target.FlowId))
            {
                if (named is not null)
                {
                    return null;
                }

                named = choice;
            }
        }

        // A weak guess stays a question, as when the message's own question settles it (CloseCallArbiter).
        return named is { } meant && meant.Score >= options.Confident ? meant : null;
    }

    private bool HasContender(IReadOnlyList<RouteCandidate> ranked, string chosen, double chosenScore)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            if (IsContender(candidate, chosen, chosenScore))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsContender(RouteCandidate candidate, string chosen, double chosenScore) =>
        UnderstandingPolicy.IsTopic(candidate.Target)
        && !string.Equals(candidate.Target.FlowId, chosen, StringComparison.Ordinal)
        && names!.Knows(candidate.Target.FlowId)
        && candidate.Score >= Math.Max(options.Minimum, Share * chosenScore);

    private static double ScoreOf(IReadOnlyList<RouteCandidate> ranked, string flowId)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            var candidate = ranked[i];
            if (string.Equals(candidate.Target.FlowId, flowId, StringComparison.Ordinal))
            {
                return candidate.Score;
            }
        }

        return 0;
    }
}
