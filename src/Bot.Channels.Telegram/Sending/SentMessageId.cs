using System.Text.Json.Serialization;

namespace Bot.Channels.Telegram.Sending;

/// <summary>What the bot keeps of Telegram's answer to a sendMessage: the message's id (for later edits); the rest is skipped unread.</summary>
internal sealed class SentMessageId
{
    [JsonPropertyName("message_id")]
    public int MessageId { get; set; }
}
