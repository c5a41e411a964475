namespace Bot.Benchmarks.Ocr;

/// <summary>Character accuracy of a reading: 1 − edit distance ÷ reference length, on NFC text with spaces collapsed.</summary>
public static class CharacterAccuracy
{
    public static double Of(string reference, string read)
    {
        var expected = Normalize(reference);
        var actual = Normalize(read);
        if (expected.Length == 0)
        {
            return actual.Length == 0 ? 1 : 0;
        }

        return Math.Max(0, 1 - ((double)Distance(expected, actual) / expected.Length));
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Levenshtein distance with two rows.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
