using System.Text;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tools;

/// <summary>Plays a conversation test against an engine, like a resident would, and checks each step.</summary>
/// <remarks>
/// Drives <see cref="DialogEngine.Run"/> directly (the engine is pure), so a test needs no store,
/// channel or clock; plug-in handlers (e.g. the scam check) are not part of these tests.
/// </remarks>
public static class ConversationTestRunner
{
    private static readonly DateTimeOffset Clock = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Runs <paramref name="test"/> from a new conversation.</summary>
    public static ConversationTestResult Run(DialogEngine engine, ConversationTest test)
    {
        var transcript = new List<string>();
        ConversationRecord? record = null;
        IReadOnlyList<Reply> lastReplies = [];

        if (test.Locale == "en")
        {
            (record, lastReplies) = Send(engine, record, InboundMessage.FromPayload("c:lang_en"), "(switch to English)", transcript);
        }

        for (var i = 0; i < test.Steps.Count; i++)
        {
            var step = test.Steps[i];
            InboundMessage input;
            switch (step.Kind)
            {
                case StepKind.User:
                    input = InboundMessage.FromText(step.Value);
                    break;
                case StepKind.Payload:
                    input = InboundMessage.FromPayload(step.Value);
                    break;
                default:
                    // At the very start nothing was said yet: the resident sees the menu (as when a chat opens).
                    var offered = lastReplies.Count > 0
                        ? lastReplies.SelectMany(r => r.Buttons).ToList()
                        : engine.CurrentButtons(record ?? ConversationRecord.New(engine.Content.Version, test.Locale));
                    var button = offered.FirstOrDefault(b => Same(b.Label, step.Value));
                    if (button is null)
                    {
                        return Fail(test, transcript, i, step,
                            $"no button labelled \"{step.Value}\" was offered; offered: {string.Join(", ", offered.Select(b => $"\"{b.Label}\""))}");
                    }

                    input = InboundMessage.FromPayload(button.Payload);
                    break;
            }

            (record, lastReplies) = Send(engine, record, input, step.ToString(), transcript);
            if (step.Expect is { } expect && Check(expect, record, lastReplies) is { } problem)
            {
                return Fail(test, transcript, i, step, problem);
            }
        }

        return new ConversationTestResult(test, null, transcript);
    }

    private static (ConversationRecord Record, IReadOnlyList<Reply> Replies) Send(
        DialogEngine engine, ConversationRecord? record, InboundMessage input, string shown, List<string> transcript)
    {
        transcript.Add(shown);
        var result = engine.Run(record, input, Clock);
        foreach (var reply in result.Replies)
        {
            var line = new StringBuilder("bot: ").Append(reply.Text.ReplaceLineEndings(" "));
            foreach (var button in reply.Buttons)
            {
                line.Append(" [").Append(button.Label).Append(']');
            }

            transcript.Add(line.ToString());
        }

        transcript.Add("at: " + Where(result.Record));
        return (result.Record, result.Replies);
    }

    private static string? Check(StepExpectation expect, ConversationRecord record, IReadOnlyList<Reply> replies)
    {
        var problems = new List<string>();
        if (expect.At is { } at && Where(record) != at)
        {
            problems.Add($"expected to be at {at}, but is at {Where(record)}");
        }

        foreach (var text in expect.Contains.Where(t => !replies.Any(r => Has(r.Text, t))))
        {
            problems.Add($"no reply contains \"{text}\"");
        }

        foreach (var text in expect.NotContains.Where(t => replies.Any(r => Has(r.Text, t))))
        {
            problems.Add($"a reply contains \"{text}\", which it must not");
        }

        var labels = replies.SelectMany(r => r.Buttons).Select(b => b.Label).ToList();
        foreach (var label in expect.Buttons.Where(l => !labels.Any(b => Same(b, l))))
        {
            problems.Add($"no button \"{label}\" (offered: {string.Join(", ", labels.Select(b => $"\"{b}\""))})");
        }

        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static ConversationTestResult Fail(ConversationTest test, List<string> transcript, int index, ConversationStep step, string problem) =>
        new(test, $"step {index + 1} ({step}, line {step.Location.Line}): {problem}", transcript);

    private static string Where(ConversationRecord record) =>
        record.Flow is null ? StateKeys.Menu : StateKeys.Node(record.Flow, record.Node ?? "");

    private static bool Has(string text, string part) =>
        text.Normalize(NormalizationForm.FormC).Contains(part.Normalize(NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) =>
        string.Equals(a.Normalize(NormalizationForm.FormC), b.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
}
