using System.Text.Json.Serialization;

namespace Bot.State.Redis;

/// <summary>The stored shape of a kept answer (before sealing): one-letter names, defaults omitted.</summary>
internal sealed class StoredAnswer
{
    [JsonPropertyName("r")] public List<StoredReply> Replies { get; set; } = [];

    [JsonPropertyName("f")] public string? Flow { get; set; }

    [JsonPropertyName("n")] public string? Node { get; set; }
}

/// <summary>One reply of a kept answer.</summary>
internal sealed class StoredReply
{
    [JsonPropertyName("t")] public string Text { get; set; } = "";

    [JsonPropertyName("b")] public List<StoredButton>? Buttons { get; set; }
}

/// <summary>One button of a kept reply.</summary>
internal sealed class StoredButton
{
    [JsonPropertyName("l")] public string Label { get; set; } = "";

    [JsonPropertyName("p")] public string Payload { get; set; } = "";

    [JsonPropertyName("u")] public string? Url { get; set; }
}
