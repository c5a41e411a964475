using Bot.Dialogs.Text;

namespace Bot.Dialogs.Content;

/// <summary>The communes and wards of <c>areas.yaml</c>, found by name with or without diacritics.</summary>
/// <remarks>
/// The core's own small view of the areas file (the alert subscriptions read the same file with
/// their own catalog): enough to let a resident pick their commune and to show its police contact.
/// </remarks>
public sealed class CommuneDirectory
{
    // Words residents may type before a name; ignored when matching ("phuong hoan kiem" = "hoan kiem").
    private static readonly string[] Prefixes = ["thanh pho ", "tp ", "tinh ", "phuong ", "xa ", "dac khu ", "thi tran "];

    private readonly Dictionary<string, Commune> _byId;
    private readonly List<(Commune Commune, string Folded)> _searchable;

    public CommuneDirectory(IEnumerable<Commune> communes)
    {
        var list = communes.ToList();
        _byId = list.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _searchable = list.Select(c => (c, StripPrefix(VietnameseText.Fold(c.Name)))).ToList();
        Communes = list;
        HasContacts = list.Any(c => c.Police is not null);
    }

    /// <summary>A directory without communes (a content folder without <c>areas.yaml</c>).</summary>
    public static CommuneDirectory Empty { get; } = new([]);

    /// <summary>Every commune, in file order.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    /// <summary>True when at least one commune has its police contact filled in (only then is a picker worth offering).</summary>
    public bool HasContacts { get; }

    /// <summary>The commune with this id, or null.</summary>
    public Commune? Find(string? id) => id is not null && _byId.TryGetValue(id, out var commune) ? commune : null;

    /// <summary>Communes whose name matches what was typed: exact names first, then names starting with it, then containing it.</summary>
    public IReadOnlyList<Commune> Search(string typed, int limit = 5)
    {
        var query = StripPrefix(VietnameseText.Fold(typed));
        if (query.Length < 2)
        {
            return [];
        }

        return _searchable
            .Select(s => (s.Commune, Rank: s.Folded == query ? 0 : s.Folded.StartsWith(query, StringComparison.Ordinal) ? 1
                : s.Folded.Contains(query, StringComparison.Ordinal) ? 2 : 3))
            .Where(s => s.Rank < 3)
            .OrderBy(s => s.Rank).ThenBy(s => s.Commune.FullName, StringComparer.Ordinal)
            .Take(limit)
            .Select(s => s.Commune)
            .ToList();
    }

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
