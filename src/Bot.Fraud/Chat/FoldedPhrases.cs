namespace Bot.Fraud.Chat;

/// <summary>Whole-word phrase tests on folded text (no marks, lower case), shared by the scam check's wording rules.</summary>
internal static class FoldedPhrases
{
    /// <summary>
    /// True when <paramref name="folded"/> (folded, padded with a space at each end) holds any of
    /// <paramref name="phrases"/> as whole words: "nhan tin" is found in " toi nhan tin " but not in " nhan tinh ".
    /// </summary>
    public static bool Has(string folded, string[] phrases)
    {
        // Searched in place (no " " + p + " " per phrase and call: some lists hold hundreds of phrases and run on
        // every free-text message).
        foreach (var phrase in phrases)
        {
            if (HasWords(folded, phrase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="folded"/> with a space on each side.</summary>
    private static bool HasWords(ReadOnlySpan<char> folded, ReadOnlySpan<char> phrase)
    {
        if (phrase.IsEmpty)
        {
            return folded.Contains("  ", StringComparison.Ordinal);
        }

        for (var from = 1; from + phrase.Length < folded.Length;)
        {
            var at = folded[from..^1].IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (folded[at - 1] == ' ' && folded[at + phrase.Length] == ' ')
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    /// <summary>An amount, a date or a code: any digit.</summary>
    public static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
