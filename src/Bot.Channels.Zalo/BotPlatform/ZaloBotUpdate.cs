using System.Text.Json;
using static Bot.Channels.Zalo.ZaloJson;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>The parts of a Zalo Bot update the channel uses.</summary>
/// <param name="EventName">e.g. <c>message.text.received</c>; null when the sender left it out.</param>
/// <param name="MessageId">Zalo's <c>message_id</c>; updates carry no update id, so this de-duplicates.</param>
/// <param name="ChatId">The chat to answer (<c>message.chat.id</c>, else the sender's id).</param>
/// <param name="Text">The text, for text messages.</param>
/// <param name="FromBot">True when the sender is a bot (never answered, to avoid loops).</param>
public sealed record ZaloBotUpdate(string? EventName, string? MessageId, string? ChatId, string? Text, bool FromBot)
{
    /// <summary>A photo's address (<c>photo_url</c>, or <c>photo</c> as a string: sources differ).</summary>
    public string? PhotoUrl { get; init; }

    /// <summary>A photo's caption.</summary>
    public string? Caption { get; init; }

    /// <summary>
    /// Reads an update wrapped as <c>{"ok":true,"result":{…}}</c> (as documented) or flat
    /// <c>{"event_name":…,"message":…}</c> (as observed); null when it holds no message.
    /// </summary>
    public static ZaloBotUpdate? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (root.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object)
        {
            root = result;
        }

        if (!root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var from = Child(message, "from");
        return new ZaloBotUpdate(
            StringOf(root, "event_name"),
            StringOf(message, "message_id"),
            StringOf(Child(message, "chat"), "id") ?? StringOf(from, "id"),
            StringOf(message, "text"),
            from is { } f && f.TryGetProperty("is_bot", out var isBot) && isBot.ValueKind == JsonValueKind.True)
        {
            PhotoUrl = StringOf(message, "photo_url") ?? StringOf(message, "photo"),
            Caption = StringOf(message, "caption"),
        };
    }

    /// <summary>What a message that is not text carries; null for a text message.</summary>
    public Bot.Dialogs.Turns.AttachmentKind? AttachmentKind => IsText
        ? null
        : EventName switch
        {
            "message.image.received" => Bot.Dialogs.Turns.AttachmentKind.Image,
            null when PhotoUrl is not null => Bot.Dialogs.Turns.AttachmentKind.Image,
            "message.sticker.received" => Bot.Dialogs.Turns.AttachmentKind.Sticker,
            _ => Bot.Dialogs.Turns.AttachmentKind.Other, // message.unsupported.received (voice, video, files…) and anything new
        };

    /// <summary>True for a text message (the event name may be missing in some deliveries).</summary>
    public bool IsText => Text is not null && (EventName is null || EventName == "message.text.received");
}
