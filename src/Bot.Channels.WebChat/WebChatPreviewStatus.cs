using System.Text.Json.Serialization;

namespace Bot.Channels.WebChat;

/// <summary>What the preview page's banner shows: the version served, and why the last edit was refused.</summary>
/// <param name="Version">The content version the page is still talking to.</param>
/// <param name="Errors">The refused reload's errors (file:line: message), or null when the last edit went live.</param>
/// <param name="RefusedAt">When that edit was refused.</param>
/// <param name="ErrorsVi">The same errors in Vietnamese (the page shows them while it speaks Vietnamese), or null.</param>
public sealed record WebChatPreviewStatus(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("errors")] IReadOnlyList<string>? Errors,
    [property: JsonPropertyName("refusedAt")] DateTimeOffset? RefusedAt,
    [property: JsonPropertyName("errorsVi")] IReadOnlyList<string>? ErrorsVi = null);
