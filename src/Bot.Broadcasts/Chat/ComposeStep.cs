namespace Bot.Broadcasts.Chat;

/// <summary>Steps of the officers' compose dialog.</summary>
public enum ComposeStep
{
    ChoosingArea,
    ChoosingTopic,
    ChoosingUrgency,
    WritingText,
    Previewing,
    Submitted,
    Discarded,
}
