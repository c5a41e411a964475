using Bot.Dialogs.Text;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Tests.Content;

/// <summary>The editable list in content/outdated-terms.yaml and a whole-word, case- and diacritics-insensitive matcher.</summary>
internal sealed class OutdatedTerms
{
    private readonly List<(string Term, string Folded, string Reason)> _terms;

    private OutdatedTerms(List<(string, string, string)> terms) => _terms = terms;

    public int Count => _terms.Count;

    public static OutdatedTerms Load(string file)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(file))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var terms = new List<(string, string, string)>();
        foreach (var item in ((YamlSequenceNode)root.Children[new YamlScalarNode("terms")]).Children.Cast<YamlMappingNode>())
        {
            var term = ((YamlScalarNode)item.Children[new YamlScalarNode("term")]).Value ?? "";
            var reason = item.Children[new YamlScalarNode("reason")] switch
            {
                YamlMappingNode both => string.Join(" / ", both.Children.Values.OfType<YamlScalarNode>().Select(v => v.Value)), // vi and en
                var one => ((YamlScalarNode)one).Value ?? "",
            };
            terms.Add((term, VietnameseText.Fold(term), reason));
        }

        return new OutdatedTerms(terms);
    }

    /// <summary>The listed terms found in <paramref name="text"/> (whole words only, so "cmnd" does not hit "cmndx").</summary>
    public IEnumerable<(string Term, string Reason)> FoundIn(string text)
    {
        var folded = " " + VietnameseText.Fold(text) + " ";
        foreach (var (term, termFolded, reason) in _terms)
        {
            if (termFolded.Length > 0 && folded.Contains(" " + termFolded + " ", StringComparison.Ordinal))
            {
                yield return (term, reason);
            }
        }
    }
}
