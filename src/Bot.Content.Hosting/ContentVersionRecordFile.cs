using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Content.Hosting;

/// <summary>
/// The history record kept in each version folder (<c>.version-record</c>, JSON): who, when, the message,
/// the version before it and the diff from it.
/// </summary>
/// <remarks>
/// The name does not end in .json on purpose: every .json file counts towards the content hash, and the
/// record must not change the version it describes. It travels with the version's files to other instances.
/// </remarks>
internal static class ContentVersionRecordFile
{
    public const string Name = ".version-record";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public static void Write(string folder, ContentVersionInfo record) =>
        File.WriteAllText(Path.Combine(folder, Name), JsonSerializer.Serialize(record, Json));

    /// <summary>The record of a version folder, or null when it has none (kept before history was recorded) or it is unreadable.</summary>
    public static ContentVersionInfo? Read(string folder)
    {
        var file = Path.Combine(folder, Name);
        if (!File.Exists(file))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ContentVersionInfo>(File.ReadAllText(file), Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null; // a damaged record never hides the version: it lists without its history
        }
    }
}
