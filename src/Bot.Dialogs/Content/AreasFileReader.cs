using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>
/// Reads the communes of <c>areas.yaml</c> and, where the operator filled it in, each commune
/// police's <c>police: { phone, address }</c>; a phone of the wrong shape is an error with its line.
/// </summary>
/// <remarks>
/// Id rules (shape, province prefix, uniqueness) are checked by the alert subscriptions' own
/// catalog, which also reads this file; here only what the dialogs use is read and checked.
/// </remarks>
internal static class AreasFileReader
{
    /// <summary>The file's name in the content folder.</summary>
    public const string FileName = "areas.yaml";

    private static readonly string[] RootKeys = ["$schema", "provinces"];
    private static readonly string[] ProvinceKeys = ["id", "name", "communes"];
    private static readonly string[] CommuneKeys = ["id", "name", "police"];
    private static readonly string[] PoliceKeys = ["phone", "address"];

    public static CommuneDirectory Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return CommuneDirectory.Empty;
        }

        var reader = new YamlReader(FileName, diagnostics);
        using var text = File.OpenText(path);
        if (reader.LoadRoot(text) is not { } map)
        {
            return CommuneDirectory.Empty;
        }

        reader.CheckKeys(map, RootKeys);
        var communes = new List<Commune>();
        foreach (var item in reader.Items(map, "provinces"))
        {
            if (item is not YamlMappingNode province)
            {
                reader.Error(item, "each province needs 'id:', 'name:' and 'communes:'");
                continue;
            }

            reader.CheckKeys(province, ProvinceKeys);
            var provinceName = reader.String(province, "name", required: true) ?? "";
            foreach (var entry in reader.Items(province, "communes"))
            {
                if (entry is not YamlMappingNode commune)
                {
                    reader.Error(entry, "each commune is written as '{ id: …, name: … }'");
                    continue;
                }

                reader.CheckKeys(commune, CommuneKeys);
                var id = reader.String(commune, "id", required: true);
                var name = reader.String(commune, "name", required: true);
                var police = ReadPolice(reader, commune);
                if (id is not null && name is not null)
                {
                    communes.Add(new Commune(id, name.Normalize(), provinceName.Normalize(), police));
                }
            }
        }

        return new CommuneDirectory(communes);
    }

    private static CommunePolice? ReadPolice(YamlReader reader, YamlMappingNode commune)
    {
        if (reader.Get(commune, "police") is not { } node)
        {
            return null;
        }

        if (node is not YamlMappingNode police)
        {
            reader.Error(node, "'police' must be a mapping such as '{ phone: \"024 3825 1234\", address: \"…\" }'");
            return null;
        }

        reader.CheckKeys(police, PoliceKeys);
        var phone = Blank(reader.String(police, "phone"));
        var address = Blank(reader.String(police, "address"));
        if (phone is not null && PhoneNumbers.Normalize(phone) is null)
        {
            reader.Error(reader.Get(police, "phone")!, $"'{phone}' is not a Vietnamese phone number",
                "copy the number the commune police publish: a landline has 11 digits starting 02 (024 3825 1234), a mobile 10 digits starting 03, 05, 07, 08 or 09");
            phone = null;
        }

        if (phone is null && address is null)
        {
            reader.Warning(police, "'police' has neither a phone nor an address", "fill in what the commune police publish, or remove 'police:'");
            return null;
        }

        return new CommunePolice(phone, address);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
