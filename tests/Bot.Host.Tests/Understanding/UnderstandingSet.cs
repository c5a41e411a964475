namespace Bot.Host.Tests.Understanding;

/// <summary>One labelled message of an understanding set (eval/understanding/*.tsv), with its category.</summary>
public sealed record UnderstandingLine(string Label, string Text, string Category);

/// <summary>Reads the sets' format: "label&lt;TAB&gt;message", "#" comments, "# category: NAME" groups.</summary>
public static class UnderstandingSet
{
    /// <summary>Labels that a reply satisfies by opening no topic (or help) and giving no verdict.</summary>
    public static readonly IReadOnlySet<string> Soft = new HashSet<string>(StringComparer.Ordinal) { "menu", "help", "out_of_scope" };

    public static IReadOnlyList<UnderstandingLine> Read(string path)
    {
        var lines = new List<UnderstandingLine>();
        var category = "(none)";
        foreach (var raw in File.ReadLines(path))
        {
            if (raw.StartsWith("# category:", StringComparison.Ordinal))
            {
                category = raw["# category:".Length..].Trim();
                continue;
            }

            var tab = raw.IndexOf('\t');
            if (raw.StartsWith('#') || tab < 0)
            {
                continue;
            }

            lines.Add(new UnderstandingLine(raw[..tab], raw[(tab + 1)..], category));
        }

        return lines;
    }
}
