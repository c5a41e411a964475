namespace Bot.Dialogs.Turns;

/// <summary>What a resident sent instead of (or with) text; each kind gets an answer, never silence.</summary>
public enum AttachmentKind
{
    /// <summary>A photo or an image file: most often a screenshot of a message that worried them.</summary>
    Image,

    Sticker,
    Voice,
    Video,
    File,
    Location,

    /// <summary>Anything else the platform can send (a contact card, a poll, a GIF…).</summary>
    Other,
}
