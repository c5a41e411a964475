namespace Bot.Dialogs.Turns;

/// <summary>What a resident sent, already mapped from the platform's shape.</summary>
/// <remarks>
/// Exactly one of <see cref="Text"/> and <see cref="Payload"/> is set: typed text, or the opaque
/// payload of a button the bot sent earlier (a callback, a Zalo query, a web chat chip). A photo,
/// sticker or voice message comes as text (its caption, or empty) with an <see cref="Attachment"/>.
/// </remarks>
public sealed record InboundMessage
{
    /// <summary>Typed text, as the resident wrote it.</summary>
    public string? Text { get; init; }

    /// <summary>The payload of a pressed button, or a deep-link start payload.</summary>
    public string? Payload { get; init; }

    /// <summary>The platform's id of this update; used to answer a redelivered update only once.</summary>
    public string? UpdateId { get; init; }

    /// <summary>
    /// True when the platform says the text was forwarded or quoted from another message (Telegram
    /// <c>forward_origin</c>, a Zalo quote): it is someone else's message, so it is one to check.
    /// </summary>
    public bool Forwarded { get; init; }

    /// <summary>A photo, sticker, voice message… sent with the text (which is then its caption, or empty).</summary>
    public InboundAttachment? Attachment { get; init; }

    /// <summary>Locale the platform reports for the user (e.g. "en"), used only for a new conversation.</summary>
    public string? PlatformLocale { get; init; }

    public static InboundMessage FromText(string text, string? updateId = null) => new() { Text = text, UpdateId = updateId };

    /// <summary>An attachment, with its caption when the platform gave one.</summary>
    public static InboundMessage FromAttachment(InboundAttachment attachment, string? caption = null, string? updateId = null) =>
        new() { Text = caption ?? "", Attachment = attachment, UpdateId = updateId };

    public static InboundMessage FromPayload(string payload, string? updateId = null) => new() { Payload = payload, UpdateId = updateId };
}
