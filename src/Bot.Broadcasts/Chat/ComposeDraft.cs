using System.Text.Json.Serialization;

namespace Bot.Broadcasts.Chat;

/// <summary>An alert being written, kept in the scratch store (never in the conversation record) for 30 minutes.</summary>
public sealed class ComposeDraft
{
    public ComposeStep Step { get; set; } = ComposeStep.ChoosingArea;
    public List<string> Areas { get; set; } = [];
    public string? Topic { get; set; }
    public bool Urgent { get; set; }
    public string? Text { get; set; }
}

[JsonSerializable(typeof(ComposeDraft))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class ComposeDraftJson : JsonSerializerContext;
