using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>What the page needs to know at start.</summary>
public sealed record WebChatConfig(
    [property: JsonPropertyName("preview")] bool Preview,
    [property: JsonPropertyName("contentVersion")] string ContentVersion,
    [property: JsonPropertyName("maxTextLength")] int MaxTextLength);
