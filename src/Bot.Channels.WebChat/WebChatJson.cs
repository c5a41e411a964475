using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>Source-generated JSON for the web chat contract (no reflection on the hot path).</summary>
[JsonSerializable(typeof(WebChatRequest))]
[JsonSerializable(typeof(WebChatResponse))]
[JsonSerializable(typeof(WebChatConfig))]
[JsonSerializable(typeof(WebChatPreviewStatus))]
internal sealed partial class WebChatJson : JsonSerializerContext;
