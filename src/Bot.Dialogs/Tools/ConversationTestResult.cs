using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>The outcome of one conversation test, with the whole transcript for the editor.</summary>
/// <param name="Failure">What went wrong at which step, or null when the test passed.</param>
/// <param name="Transcript">Every input and reply, in order, as the editor would read it.</param>
public sealed record ConversationTestResult(ConversationTest Test, string? Failure, IReadOnlyList<string> Transcript)
{
    public bool Passed => Failure is null;

    public SourceLocation Location => Test.Location;

    /// <summary>"file:line:col: FAIL name — failure" followed by the transcript, or "PASS name".</summary>
    public string Describe()
    {
        if (Passed)
        {
            return $"PASS {Test.Name}";
        }

        var lines = new List<string> { $"{Location}: FAIL {Test.Name} — {Failure}", "  transcript:" };
        lines.AddRange(Transcript.Select(t => "    " + t));
        return string.Join(Environment.NewLine, lines);
    }
}
