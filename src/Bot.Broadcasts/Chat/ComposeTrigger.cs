namespace Bot.Broadcasts.Chat;

/// <summary>What an officer can do in the compose dialog.</summary>
public enum ComposeTrigger
{
    Typed,
    AddArea,
    AreasDone,
    Topic,
    Urgency,
    Submit,
    Rewrite,
    Discard,
}
