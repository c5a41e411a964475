using System.Text.Json.Serialization;

namespace Bot.State.Redis;

/// <summary>
/// The stored shape of a conversation record: one-letter names and omitted defaults keep an idle
/// conversation small. Add fields only with new letters; readers ignore letters they do not know,
/// so instances of two versions can share one Redis during a rolling deploy.
/// </summary>
internal sealed class StoredRecord
{
    [JsonPropertyName("f")] public string? Flow { get; set; }

    [JsonPropertyName("n")] public string? Node { get; set; }

    [JsonPropertyName("c")] public string? ContentVersion { get; set; }

    /// <summary>Omitted for "vi", the default.</summary>
    [JsonPropertyName("l")] public string? Locale { get; set; }

    /// <summary>History in the compact form of <see cref="HistoryCodec"/>.</summary>
    [JsonPropertyName("h")] public string? History { get; set; }

    /// <summary>History as a plain array, only when an entry cannot be written compactly.</summary>
    [JsonPropertyName("H")] public string[]? HistoryList { get; set; }

    [JsonPropertyName("a")] public Dictionary<string, string>? Answers { get; set; }

    [JsonPropertyName("t")] public int Turns { get; set; }

    /// <summary>True while a "which do you mean?" is open; omitted otherwise.</summary>
    [JsonPropertyName("p")] public bool ChoicePending { get; set; }

    /// <summary>Unix seconds.</summary>
    [JsonPropertyName("u")] public long UpdatedAt { get; set; }
}
