using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Support;

/// <summary>Drives the engine like a resident, one message at a time, and checks what comes back.</summary>
/// <remarks>Reads like a conversation: <c>conversation.Send("1").ExpectAt("card/ask_urgent")</c>.</remarks>
public sealed class Conversation(DialogEngine engine, string? platformLocale = null)
{
    private readonly DateTimeOffset _now = new(2026, 11, 28, 9, 0, 0, TimeSpan.FromHours(7));

    public ConversationRecord? Record { get; private set; }

    public EngineResult? Last { get; private set; }

    public IReadOnlyList<Reply> Replies => Last?.Replies ?? [];

    public string AllText => string.Join("\n", Replies.Select(r => r.Text));

    public Conversation Send(string text) => Run(new InboundMessage { Text = text, PlatformLocale = platformLocale });

    public Conversation Press(string label)
    {
        var button = Replies.SelectMany(r => r.Buttons).FirstOrDefault(b => b.Label == label)
            ?? throw new Xunit.Sdk.XunitException($"No button '{label}' in the last replies:\n{Describe()}");
        return Run(InboundMessage.FromPayload(button.Payload));
    }

    public Conversation Payload(string payload) => Run(InboundMessage.FromPayload(payload));

    /// <summary>Buttons of the last replies, in order.</summary>
    public IReadOnlyList<ReplyButton> Buttons => Replies.SelectMany(r => r.Buttons).ToList();

    /// <summary>Starts from a record that already remembers <paramref name="key"/> (as a plug-in would have set it).</summary>
    public Conversation Remembering(string key, string value)
    {
        var record = Record ?? ConversationRecord.New(engine.Content.Version);
        Record = record with { Answers = new Dictionary<string, string>(record.Answers) { [key] = value } };
        return this;
    }

    public Conversation ExpectNoButton(string label)
    {
        Assert.False(Buttons.Any(b => b.Label == label), $"Expected no button \"{label}\".\n{Describe()}");
        return this;
    }

    public Conversation ExpectAt(string state)
    {
        var at = Record?.Flow is null ? "menu" : Record.Flow + "/" + Record.Node;
        Assert.True(at == state, $"Expected to be at {state} but at {at}.\n{Describe()}");
        return this;
    }

    public Conversation ExpectText(string fragment)
    {
        Assert.True(AllText.Contains(fragment, StringComparison.OrdinalIgnoreCase),
            $"Expected a reply containing \"{fragment}\".\n{Describe()}");
        return this;
    }

    public Conversation ExpectButtons(params string[] labels)
    {
        var shown = Replies.SelectMany(r => r.Buttons).Select(b => b.Label).ToList();
        foreach (var label in labels)
        {
            Assert.True(shown.Contains(label), $"Expected a button \"{label}\".\n{Describe()}");
        }

        return this;
    }

    public Conversation ExpectOutcome(TurnOutcome outcome)
    {
        Assert.True(Last?.Outcome == outcome, $"Expected outcome {outcome} but got {Last?.Outcome}.\n{Describe()}");
        return this;
    }

    private Conversation Run(InboundMessage input)
    {
        Last = engine.Run(Record, input, _now);
        Record = Last.Forget ? null : Last.Record;
        return this;
    }

    private string Describe() => "Bot said:\n" + string.Join("\n", Replies.Select(r =>
        "  > " + r.Text.Replace("\n", " ") + (r.Buttons.Count == 0 ? "" : "\n    [" + string.Join("] [", r.Buttons.Select(b => b.Label)) + "]")));
}
