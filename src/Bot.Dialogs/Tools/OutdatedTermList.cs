using Bot.Dialogs.Content;
using Bot.Dialogs.Text;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Tools;

/// <summary>Reads <c>outdated-terms.yaml</c>: <c>terms: [{term, reason: {vi, en}}]</c>, owned by editors.</summary>
public static class OutdatedTermList
{
    /// <summary>The terms in <paramref name="root"/>'s list; empty when the file is missing.</summary>
    public static IReadOnlyList<OutdatedTerm> Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(root, ContentValidator.OutdatedTermsFile);
        var terms = new List<OutdatedTerm>();
        if (!File.Exists(path))
        {
            return terms;
        }

        var reader = new YamlReader(ContentValidator.OutdatedTermsFile, diagnostics);
        using var text = File.OpenText(path);
        if (reader.LoadRoot(text) is not { } map)
        {
            return terms;
        }

        reader.CheckKeys(map, "$schema", "terms");
        foreach (var item in reader.Items(map, "terms"))
        {
            if (item is not YamlMappingNode entry)
            {
                reader.Error(item, "each outdated term is written as '- { term: …, reason: … }'");
                continue;
            }

            reader.CheckKeys(entry, "term", "reason");
            var term = reader.String(entry, "term", required: true);
            var reason = reader.Text(entry, "reason", required: true); // {vi, en}, or one plain text read as Vietnamese
            if (term is not null && reason is not null && VietnameseText.Fold(term) is { Length: > 0 } folded)
            {
                terms.Add(new OutdatedTerm(term, folded, reason));
            }
        }

        return terms;
    }
}
