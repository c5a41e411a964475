using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>The answer to one message: the replies and where the conversation now stands.</summary>
/// <param name="Why">Preview mode only: why typed text went where it went (decision, runner-up, reason).</param>
/// <param name="Locale">The conversation's language after the turn ("vi" or "en"): the page's own words follow it.</param>
public sealed record WebChatResponse(
    [property: JsonPropertyName("replies")] IReadOnlyList<WebChatReply> Replies,
    [property: JsonPropertyName("flow")] string? Flow,
    [property: JsonPropertyName("node")] string? Node,
    [property: JsonPropertyName("why"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Why = null,
    [property: JsonPropertyName("locale"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Locale = null);
