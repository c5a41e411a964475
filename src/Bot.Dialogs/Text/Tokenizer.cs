namespace Bot.Dialogs.Text;

/// <summary>Turns text into folded words, expanding abbreviations from the content lexicon.</summary>
/// <remarks>"ko dc dk vneid" → ["khong", "duoc", "dang", "ky", "vneid"].</remarks>
public sealed class Tokenizer(IReadOnlyDictionary<string, string> lexicon)
{
    private readonly Dictionary<string, string[]> _expansions = lexicon.ToDictionary(
        kv => VietnameseText.Fold(kv.Key),
        kv => VietnameseText.Fold(kv.Value).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The lexicon's words for one folded word, or null when it is not an abbreviation.</summary>
    public string[]? Expansion(string foldedWord) => _expansions.GetValueOrDefault(foldedWord);

    /// <summary>Folded, expanded words of <paramref name="text"/>.</summary>
    public List<string> Tokenize(string text)
    {
        var folded = VietnameseText.Fold(text);
        var words = new List<string>(8);
        foreach (var range in folded.AsSpan().Split(' '))
        {
            var word = folded[range];
            if (word.Length == 0)
            {
                continue;
            }

            if (_expansions.TryGetValue(word, out var expansion))
            {
                words.AddRange(expansion);
            }
            else
            {
                words.Add(word);
            }
        }

        return words;
    }
}
