using Bot.Dialogs.Text;
using YamlDotNet.RepresentationModel;

namespace Bot.Broadcasts.Areas;

/// <summary>The provinces and communes of <c>content/areas.yaml</c>, searchable without diacritics.</summary>
public sealed class AreaCatalog
{
    /// <summary>The scope that covers every area (a national administrator).</summary>
    public const string Everywhere = "*";

    // Words residents may type before a name; ignored when matching ("phuong hoan kiem" = "hoan kiem").
    private static readonly string[] Prefixes = ["thanh pho ", "tp ", "tinh ", "phuong ", "xa ", "dac khu ", "thi tran "];

    private readonly Dictionary<string, Area> _byId;
    private readonly Dictionary<string, List<Area>> _communes;
    private readonly List<(Area Area, string Folded)> _searchable;

    public AreaCatalog(IEnumerable<Area> areas)
    {
        var list = areas.ToList();
        _byId = list.ToDictionary(a => a.Id, StringComparer.Ordinal);
        _communes = list.Where(a => !a.IsProvince).GroupBy(a => a.ProvinceId!).ToDictionary(g => g.Key, g => g.ToList());
        _searchable = list.Select(a => (a, StripPrefix(VietnameseText.Fold(a.Name)))).ToList();
        Provinces = list.Where(a => a.IsProvince).ToList();
    }

    /// <summary>Every province, in file order.</summary>
    public IReadOnlyList<Area> Provinces { get; }

    /// <summary>The area with this id, or null.</summary>
    public Area? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The communes of a province (empty for a commune or an unknown id).</summary>
    public IReadOnlyList<Area> CommunesOf(string provinceId) => _communes.GetValueOrDefault(provinceId) ?? [];

    /// <summary>
    /// The communes an alert for <paramref name="areaId"/> reaches: the commune itself, or every commune of a province.
    /// </summary>
    public IReadOnlyList<Area> Expand(string areaId) =>
        Find(areaId) is not { } area ? [] : area.IsProvince ? CommunesOf(area.Id) : [area];

    /// <summary>True when a role scoped to <paramref name="scopeId"/> may act on <paramref name="areaId"/>.</summary>
    /// <remarks>A province scope covers its communes; a commune scope covers only itself.</remarks>
    public bool Covers(string scopeId, string areaId)
    {
        if (scopeId == Everywhere)
        {
            return Find(areaId) is not null;
        }

        return scopeId == areaId || (Find(areaId) is { ProvinceId: { } province } && province == scopeId);
    }

    /// <summary>Communes (and, when <paramref name="includeProvinces"/>, provinces) whose name matches what was typed.</summary>
    /// <remarks>Exact names first, then names starting with the text, then names containing it.</remarks>
    public IReadOnlyList<Area> Search(string typed, int limit = 8, bool includeProvinces = false, Func<Area, bool>? filter = null)
    {
        var query = StripPrefix(VietnameseText.Fold(typed));
        if (query.Length < 2)
        {
            return [];
        }

        return _searchable
            .Where(s => (includeProvinces || !s.Area.IsProvince) && (filter is null || filter(s.Area)))
            .Select(s => (s.Area, Rank: s.Folded == query ? 0 : s.Folded.StartsWith(query, StringComparison.Ordinal) ? 1
                : s.Folded.Contains(query, StringComparison.Ordinal) ? 2 : 3))
            .Where(s => s.Rank < 3)
            .OrderBy(s => s.Rank).ThenBy(s => s.Area.Name, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => s.Area)
            .ToList();
    }

    /// <summary>"Phường Hoàn Kiếm, Thành phố Hà Nội" (a province alone for a province).</summary>
    public string FullName(string areaId) => Find(areaId) switch
    {
        null => areaId == Everywhere ? "toàn quốc" : areaId,
        { IsProvince: true } p => p.Name,
        var c => Find(c.ProvinceId!) is { } p ? $"{c.Name}, {p.Name}" : c.Name,
    };

    /// <summary>Loads <c>areas.yaml</c>; throws <see cref="InvalidDataException"/> listing every problem.</summary>
    public static AreaCatalog Load(string path)
    {
        var problems = new List<string>();
        var areas = new List<Area>();
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("provinces"), out var provincesNode)
            || provincesNode is not YamlSequenceNode provinces)
        {
            throw new InvalidDataException($"{path}: expected 'provinces:' with a list of provinces");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in provinces.OfType<YamlMappingNode>())
        {
            var province = Read(node, null, path, problems, seen);
            if (province is null)
            {
                continue;
            }

            areas.Add(province);
            if (node.Children.TryGetValue(new YamlScalarNode("communes"), out var communes) && communes is YamlSequenceNode list)
            {
                foreach (var commune in list.OfType<YamlMappingNode>())
                {
                    if (Read(commune, province.Id, path, problems, seen) is { } c)
                    {
                        areas.Add(c);
                    }
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join(Environment.NewLine, problems));
        }

        return new AreaCatalog(areas);
    }

    private static Area? Read(YamlMappingNode node, string? provinceId, string path, List<string> problems, HashSet<string> seen)
    {
        var id = Scalar(node, "id");
        var name = Scalar(node, "name");
        var line = node.Start.Line;
        if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
        {
            problems.Add($"{path}:{line}: every area needs 'id:' and 'name:'");
            return null;
        }

        if (!AreaIds.IsValid(id))
        {
            problems.Add($"{path}:{line}: id '{id}' must be lower case a–z, 0–9, '-' or '.', at most 40 characters");
        }
        else if (provinceId is not null && !id.StartsWith(provinceId + ".", StringComparison.Ordinal))
        {
            problems.Add($"{path}:{line}: commune id '{id}' must start with its province id '{provinceId}.'");
        }
        else if (!seen.Add(id))
        {
            problems.Add($"{path}:{line}: id '{id}' is used twice; give each place its own id");
        }

        return new Area(id, name.Normalize(), provinceId);
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? (value as YamlScalarNode)?.Value : null;

    private static string StripPrefix(string folded)
    {
        foreach (var prefix in Prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal) && folded.Length > prefix.Length)
            {
                return folded[prefix.Length..];
            }
        }

        return folded;
    }
}
