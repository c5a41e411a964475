using System.Text.Json;

namespace Bot.Channels.Zalo;

/// <summary>
/// Reads Zalo's webhook JSON leniently, the same way for OA events and Zalo Bot updates: a missing field or a
/// field of another type is null, never an exception (Zalo's shapes drift between documentation and what arrives).
/// </summary>
internal static class ZaloJson
{
    /// <summary>The object under <paramref name="name"/>, or null when absent or not an object.</summary>
    public static JsonElement? Child(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object
            ? child
            : null;

    /// <summary>A string or number property as text (Zalo sends ids and timestamps both ways).</summary>
    public static string? StringOf(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e || !e.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
    }
}
