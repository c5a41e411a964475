using Bot.Dialogs.Text;

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

        return Math.Max(0, 1 - ((double)EditDistance.Between(expected, actual) / expected.Length));
    }

    private static string Normalize(string text) =>
        string.Join(' ', text.Normalize().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
