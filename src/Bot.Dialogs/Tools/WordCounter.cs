namespace Bot.Dialogs.Tools;

/// <summary>Counts words the way a reader does: Vietnamese writes one syllable per word, separated by spaces.</summary>
public static class WordCounter
{
    /// <summary>
    /// The number of space-separated pieces that hold a letter or a digit (a lone "—" or emoji is not a word; a link is
    /// one). Counted in place on a span: the understanding stage and the scam check run it several times per message.
    /// </summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        var countedThisWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                countedThisWord = false;
            }
            else if (!countedThisWord && char.IsLetterOrDigit(c))
            {
                count++;
                countedThisWord = true;
            }
        }

        return count;
    }
}
