using System.Text.Json;
using static Bot.Channels.Zalo.ZaloJson;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>The parts of an OA webhook event the channel uses.</summary>
/// <param name="Name">Zalo's <c>event_name</c>.</param>
/// <param name="Timestamp">The body's <c>timestamp</c> string (Unix ms), part of the signature.</param>
/// <param name="UserId">The resident: <c>sender.id</c> for user events, <c>follower.id</c> for (un)follow.</param>
/// <param name="Text">The message text (a pressed button's payload arrives here too).</param>
/// <param name="MessageId">Zalo's <c>msg_id</c> (or <c>mid</c>), used to answer a redelivery once.</param>
public sealed record ZaloOaEvent(string? Name, string? Timestamp, string? UserId, string? Text, string? MessageId)
{
    /// <summary>True when the message quotes another one (<c>message.quote_msg_id</c> or a <c>message.quote</c> object).</summary>
    public bool Quoted { get; init; }

    /// <summary>The first attachment's <c>type</c> (image, sticker, audio, video, file, gif, link, location), when the message has one.</summary>
    public string? AttachmentType { get; init; }

    /// <summary>The first attachment's <c>payload.url</c> (a photo's address on Zalo's hosts; a shared link).</summary>
    public string? AttachmentUrl { get; init; }

    /// <summary>Reads an event; fields that are missing or of another type are left null.</summary>
    public static ZaloOaEvent Parse(JsonElement root)
    {
        var name = StringOf(root, "event_name");
        var userId = name is "follow" or "unfollow"
            ? StringOf(Child(root, "follower"), "id") ?? StringOf(root, "user_id")
            : StringOf(Child(root, "sender"), "id") ?? StringOf(root, "user_id");
        var message = Child(root, "message");
        var attachment = FirstAttachment(message);
        return new ZaloOaEvent(
            name,
            StringOf(root, "timestamp"),
            userId,
            StringOf(message, "text"),
            StringOf(message, "msg_id") ?? StringOf(message, "mid"))
        {
            Quoted = StringOf(message, "quote_msg_id") is { Length: > 0 } || Child(message, "quote") is not null,
            AttachmentType = StringOf(attachment, "type"),
            AttachmentUrl = StringOf(Child(attachment, "payload"), "url"),
        };
    }

    private static JsonElement? FirstAttachment(JsonElement? message) =>
        message is { ValueKind: JsonValueKind.Object } m && m.TryGetProperty("attachments", out var list)
        && list.ValueKind == JsonValueKind.Array && list.GetArrayLength() > 0 && list[0].ValueKind == JsonValueKind.Object
            ? list[0]
            : null;
}
