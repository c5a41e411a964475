using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// Settles a "which do you mean?" between two or three close topics when the message itself says which:
/// a story's question is usually its last sentence ("… hàng xóm bảo phải báo công an. Tôi lên xã báo có
/// được không?"), and the topic that sentence is about is the one meant.
/// </summary>
/// <remarks>
/// Only a tie is settled, never a clear decision: ranking every sentence on its own and keeping each
/// topic's best score lowered the development set (round 2 of issue 14), because stray sentences pull
/// unrelated topics. Here the last sentence only chooses among topics the whole message already found
/// close, and only when it leads clearly (<see cref="Lead"/>); otherwise the resident is still asked.
/// </remarks>
public sealed class CloseCallArbiter(IntentRouter router)
{
    /// <summary>How far the question's topic must lead the other close topics within the question alone.</summary>
    public const double Lead = 0.05;

    /// <summary>Fewest words of the question; a shorter last sentence ("bác làm sao hả cháu") takes the one before it too.</summary>
    public const int MinQuestionWords = 6;

    /// <summary>The close choice the message's question is about, or null when the question does not say.</summary>
    public RouteCandidate? Settle(string text, IReadOnlyList<RouteCandidate> choices)
    {
        var question = Question(text);
        if (question is null)
        {
            return null;
        }

        var ranked = router.Rank(question);
        RouteCandidate? winner = null;
        var winnerScore = 0.0;
        var secondScore = 0.0;
        foreach (var choice in choices)
        {
            var score = ScoreOf(ranked, choice.Target.FlowId);
            if (score > winnerScore)
            {
                secondScore = winnerScore;
                winnerScore = score;
                winner = choice;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        return winner is not null && winnerScore - secondScore >= Lead ? winner : null;
    }

    /// <summary>The last sentence (with the one before it when it is very short), or null for a one-sentence message.</summary>
    internal static string? Question(string text)
    {
        var sentences = text.Split(['.', '?', '!', '\n', ',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (sentences.Length < 2)
        {
            return null;
        }

        var words = 0;
        var start = sentences.Length;
        while (start > 1 && words < MinQuestionWords)
        {
            start--;
            words += sentences[start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return start == 0 ? null : string.Join(" ", sentences[start..]);
    }

    private static double ScoreOf(List<RouteCandidate> ranked, string flowId)
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
