using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>Reads one <c>procedures/*.yaml</c> file into a <see cref="ProcedureCard"/>.</summary>
/// <remarks>
/// Structural problems (unknown keys, missing fields, a malformed id, no way to do the procedure)
/// are load errors with file, line and column; rules about the words and the sources are the
/// validator's (Tools/CardChecks).
/// </remarks>
internal static partial class ProcedureFileReader
{
    /// <summary>Subfolder of the content folder that holds the cards.</summary>
    public const string Folder = "procedures";

    internal static readonly string[] CardKeys =
    [
        "$schema", "id", "topic", "version", "title", "summary", "examples", "sections", "legal_basis", "source",
        "reviewed", "checked_against",
    ];

    /// <summary>Card ids: 16 characters leave room for "_office" within the 24-character step ids.</summary>
    [GeneratedRegex("^[a-z0-9_]{1,16}$")]
    private static partial Regex IdPattern();

    /// <summary>Reads the card in <paramref name="content"/> (the text of <paramref name="file"/>, already checked by ContentFileCheck).</summary>
    public static ProcedureCard? Read(string root, string file, string content, List<ContentDiagnostic> diagnostics)
    {
        var reader = YamlReader.ForContentFile(root, file, diagnostics);
        var map = reader.LoadRoot(content);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, CardKeys);
        var id = reader.String(map, "id", required: true);
        var topic = reader.String(map, "topic", required: true);
        var title = reader.Text(map, "title", required: true);
        var summary = reader.Text(map, "summary", required: true);
        var examples = reader.Strings(map, "examples");
        if (reader.Get(map, "examples") is null)
        {
            reader.Error(map, "missing 'examples'", "add 'examples:' with at least 8 phrases residents type, with and without diacritics");
        }

        if (id is not null && !IdPattern().IsMatch(id))
        {
            reader.Error(reader.Get(map, "id")!, $"card id '{id}' is not allowed",
                "use 1–16 lower-case letters, digits or '_' (the card's steps are named '<id>_docs' and so on)");
        }
        else if (id is not null && Path.GetFileNameWithoutExtension(file) != id)
        {
            reader.Warning(reader.Get(map, "id")!, $"card '{id}' is in a file named '{Path.GetFileName(file)}'",
                $"name the file '{id}.yaml' so editors find it");
        }

        var sections = ReadSections(reader, map);
        var sources = reader.Strings(map, "source");
        if (reader.Get(map, "source") is { } sourceNode)
        {
            reader.CheckSources(sources, sourceNode);
        }

        if (id is null || topic is null || title is null || summary is null)
        {
            return null;
        }

        return new ProcedureCard
        {
            Id = id,
            Topic = topic,
            Version = reader.Int(map, "version") ?? 1,
            Title = title,
            Summary = summary,
            Examples = examples,
            Sections = sections,
            LegalBasis = reader.Strings(map, "legal_basis"),
            Sources = sources,
            Reviewed = reader.Date(map, "reviewed"),
            CheckedAgainst = reader.OptionalString(map, "checked_against"),
            Location = reader.At(map),
            SummaryLocation = reader.At(reader.Get(map, "summary")!),
            TitleLocation = reader.At(reader.Get(map, "title")!),
        };
    }

    private static List<CardSection> ReadSections(YamlReader reader, YamlMappingNode map)
    {
        var sections = new List<CardSection>();
        var node = reader.Get(map, "sections");
        if (node is null)
        {
            reader.Error(map, "the card has no 'sections'", "add 'sections:' with at least 'online:' or 'in_person:'");
            return sections;
        }

        if (node is not YamlMappingNode sectionMap)
        {
            reader.Error(node, "'sections' must be a mapping such as 'online: { vi: …, en: … }'");
            return sections;
        }

        reader.CheckKeys(sectionMap, [.. CardSections.Keys]);
        foreach (var kind in CardSections.Order)
        {
            var key = CardSections.Key(kind);
            if (reader.Get(sectionMap, key) is { } value && reader.Text(value) is { } text)
            {
                sections.Add(new CardSection(kind, text, reader.At(value)));
            }
        }

        if (!sections.Any(s => s.Kind is CardSectionKind.Online or CardSectionKind.InPerson))
        {
            reader.Error(sectionMap, "the card says neither how to do it online nor where to go",
                "add 'online:' (VNeID or dichvucong.gov.vn steps) or 'in_person:' (which office), or both");
        }

        return sections;
    }
}
