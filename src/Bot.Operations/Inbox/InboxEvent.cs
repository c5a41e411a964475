using Bot.Dialogs.Understanding.Inbox;

namespace Bot.Operations.Inbox;

/// <summary>What <see cref="MissedMessageRecorder"/> hands <see cref="MissedMessageWriter"/>, so a turn never waits for the store.</summary>
public abstract record InboxEvent
{
    private InboxEvent()
    {
    }

    /// <summary>A typed message that fell back: counted now.</summary>
    public sealed record Missed(MissSighting Sighting) : InboxEvent;

    /// <summary>A "which do you mean?" was asked: held in the store until the conversation's next turn.</summary>
    public sealed record Asked(string Conversation, HeldQuestion Question) : InboxEvent;

    /// <summary>The conversation took a turn (on any instance): a held question is resolved when <paramref name="Flow"/> is one it offered, else it is a miss.</summary>
    public sealed record TurnTaken(string Conversation, string? Flow) : InboxEvent;
}
