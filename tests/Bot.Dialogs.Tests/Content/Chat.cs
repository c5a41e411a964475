using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Content;

/// <summary>One resident's conversation with the real engine, turn by turn, keeping the record like a store would.</summary>
internal sealed class Chat(DialogEngine engine)
{
    private readonly List<string> _transcript = [];

    public ConversationRecord? Record { get; private set; }

    private string Locale => Record?.Locale ?? "vi";

    public IReadOnlyList<Reply> LastReplies { get; private set; } = [];

    /// <summary>"flow/node", or "menu".</summary>
    public string At => Record?.Flow is { } flow ? flow + "/" + Record.Node : "menu";

    public string Transcript => string.Join("\n", _transcript);

    public IReadOnlyList<ReplyButton> LastButtons => LastReplies.SelectMany(r => r.Buttons).ToList();

    public string LastText => string.Join("\n", LastReplies.Select(r => r.Text));

    public Chat Type(string text) => Run(InboundMessage.FromText(text), "user: " + text);

    public Chat Send(string payload) => Run(InboundMessage.FromPayload(payload), "payload: " + payload);

    /// <summary>Presses the button with this exact label from the last replies.</summary>
    public Chat Press(string label)
    {
        // At the very start nothing was said yet: the resident sees the menu, as when a chat opens.
        var offered = _transcript.Count == 0
            ? engine.CurrentButtons(ConversationRecord.New(engine.Content.Version, Locale))
            : LastButtons;
        var button = offered.FirstOrDefault(b => b.Label == label)
            ?? throw new InvalidOperationException(
                $"no button '{label}' in the last replies; offered: {string.Join(" | ", offered.Select(b => b.Label))}\n{Transcript}");
        return Run(InboundMessage.FromPayload(button.Payload), "press: " + label);
    }

    private Chat Run(InboundMessage input, string line)
    {
        var result = engine.Run(Record, input, DateTimeOffset.UnixEpoch);
        Record = result.Record;
        LastReplies = result.Replies;
        _transcript.Add(line);
        foreach (var reply in result.Replies)
        {
            _transcript.Add("  bot: " + reply.Text.ReplaceLineEndings(" ") +
                            (reply.Buttons.Count > 0 ? " [" + string.Join(" | ", reply.Buttons.Select(b => b.Label)) + "]" : ""));
        }

        _transcript.Add("  → " + At);
        return this;
    }
}
