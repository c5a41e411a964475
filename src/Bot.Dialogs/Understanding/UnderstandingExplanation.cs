using System.Globalization;

namespace Bot.Dialogs.Understanding;

/// <summary>Why a message went where it went: the decision, the runner-up and the reason (never the text).</summary>
/// <param name="Decision">route, ask, check, navigate, out_of_scope or fallback.</param>
/// <param name="Target">The flow or flow/step chosen (or the command, or the topic offered beside a verdict).</param>
/// <param name="Score">The chosen candidate's score (0–1).</param>
/// <param name="RunnerUp">The best other candidate, if any.</param>
/// <param name="RunnerUpScore">Its score.</param>
/// <param name="Reason">A short code: confident, close, below-minimum, not-confident, out-of-scope, navigation, nothing-known, close-settled-by-question (a tie the last sentence decides), victim-story (a victim's own story sent to the scams topic), worry-clause (a question kept on its topic when only its fear names scams), or the check signal (link, phone, forwarded, pasted, quoted).</param>
public sealed record UnderstandingExplanation(
    string Decision,
    string? Target,
    double Score,
    string? RunnerUp,
    double RunnerUpScore,
    string Reason)
{
    /// <summary>One line for editors, e.g. "route eid (0.62) · runner-up services (0.41) · confident".</summary>
    public override string ToString()
    {
        var text = Target is null ? Decision : $"{Decision} {Target} ({Score.ToString("0.00", CultureInfo.InvariantCulture)})";
        if (RunnerUp is not null)
        {
            text += $" · runner-up {RunnerUp} ({RunnerUpScore.ToString("0.00", CultureInfo.InvariantCulture)})";
        }

        return text + " · " + Reason;
    }
}
