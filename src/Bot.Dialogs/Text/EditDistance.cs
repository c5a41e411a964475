namespace Bot.Dialogs.Text;

/// <summary>Levenshtein edit distance: how many single-character inserts, deletes and substitutions turn one text into another.</summary>
/// <remarks>
/// One implementation for everything that measures how close two texts are: the content loader's "did you mean"
/// hints, the scam check's look-alike domains and the screenshot-reading benchmark's character accuracy.
/// Compares UTF-16 code units exactly, so callers normalise first (NFC, case) where that matters.
/// </remarks>
public static class EditDistance
{
    // Rows for short texts (keys, ids, domain names) live on the stack: no allocation on the scam check's path.
    private const int StackRowLimit = 128;

    /// <summary>
    /// The edit distance between <paramref name="a"/> and <paramref name="b"/>; once it is certain to exceed
    /// <paramref name="max"/>, the work stops and the answer is <paramref name="max"/> + 1.
    /// </summary>
    public static int Between(string a, string b, int max = int.MaxValue - 1)
    {
        Span<int> previous = b.Length < StackRowLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < StackRowLimit ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var done = previous;
            previous = current;
            current = done;
        }

        return previous[b.Length];
    }
}
