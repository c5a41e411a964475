namespace Bot.Dialogs.Tools;

/// <summary>Counts words the way a reader does: Vietnamese writes one syllable per word, separated by spaces.</summary>
public static class WordCounter
{
    /// <summary>The number of space-separated pieces that hold a letter or a digit (a lone "—" or emoji is not a word; a link is one).</summary>
    public static int Count(string text)
    {
        var count = 0;
        var inWord = false;
        var hasLetter = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && hasLetter)
                {
                    count++;
                }

                inWord = false;
                hasLetter = false;
                continue;
            }

            inWord = true;
            hasLetter |= char.IsLetterOrDigit(c);
        }

        return inWord && hasLetter ? count + 1 : count;
    }
}
