using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Settles the race between the scams topic and the topic of a scam's pretext: a resident telling what happened
/// to them ("có người xưng cán bộ phường gọi bảo tài khoản định danh của mẹ bị lỗi, bảo cài ứng dụng, giờ mất hết
/// tiền") names VNeID, a bank or welfare money far more often than the word "lừa", so the pretext's topic used to
/// win; what the resident needs is what to do now and where to report.
/// </summary>
/// <remarks>
/// The cues (<see cref="VictimStoryCues"/>, from content) must both be there: someone contacted the resident and
/// money, a code, an app or papers were asked for or lost. The scams topic must still be among the router's
/// candidates with a share of the best topic's score (<see cref="Share"/>), so a story about something else that
/// happens to say "chuyển tiền" keeps its topic. Never a verdict: a story with something to check is checked first.
/// </remarks>
public sealed class VictimStoryArbiter(VictimStoryCues? cues)
{
    /// <summary>Share of the best topic's score the scams topic needs for the story to go there.</summary>
    /// <remarks>Swept on the development set (round 5 of issue 14): 0.35 and 0.4 → one round-5 line more than 0.5, 0.7 → three fewer; old lines the same at each. No line of another topic carries both cues, so the lower value costs nothing on dev; 0.4 keeps a margin.</remarks>
    public const double Share = 0.4;

    /// <summary>Fewest words for a message to be a story rather than a question about scams or a topic.</summary>
    public const int MinWords = 10;

    /// <summary>
    /// The scams candidate a victim's story should open, or null when the message is not one, scams is out of reach,
    /// or the decision (<paramref name="chosen"/>) already opens it.
    /// </summary>
    public RouteCandidate? Meant(string text, IReadOnlyList<RouteCandidate> ranked, double minimum, RouteTarget? chosen = null)
    {
        // Cheapest tests first: most messages are short, or already go to scams, or have no scams candidate.
        if (cues is null || ranked.Count == 0 || string.Equals(chosen?.FlowId, cues.Flow, StringComparison.Ordinal) || !IsStory(text))
        {
            return null;
        }

        RouteCandidate? scams = null;
        var bestTopic = 0.0;
        foreach (var candidate in ranked)
        {
            if (UnderstandingPolicy.IsTopic(candidate.Target))
            {
                bestTopic = Math.Max(bestTopic, candidate.Score);
                if (scams is null && string.Equals(candidate.Target.FlowId, cues.Flow, StringComparison.Ordinal))
                {
                    scams = candidate;
                }
            }
        }

        if (scams is not { } s || s.Score < minimum || s.Score < Share * bestTopic)
        {
            return null;
        }

        return cues.Tell(" " + VietnameseText.Fold(text) + " ") ? s : null;
    }

    private static bool IsStory(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord && ++words >= MinWords)
            {
                return true;
            }

            inWord = letter;
        }

        return false;
    }
}
