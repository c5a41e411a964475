using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>The answer to one message: the replies and where the conversation now stands.</summary>
/// <param name="Why">Preview mode only: why typed text went where it went (decision, runner-up, reason).</param>
public sealed record WebChatResponse(
    [property: JsonPropertyName("replies")] IReadOnlyList<WebChatReply> Replies,
    [property: JsonPropertyName("flow")] string? Flow,
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("why"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Why = null);
