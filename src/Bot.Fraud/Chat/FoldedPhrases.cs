namespace Bot.Fraud.Chat;

/// <summary>Whole-word phrase tests on folded text (no marks, lower case), shared by the scam check's wording rules.</summary>
internal static class FoldedPhrases
{
    /// <summary>
    /// True when <paramref name="folded"/> (folded, padded with a space at each end) holds any of
    /// <paramref name="phrases"/> as whole words: "nhan tin" is found in " toi nhan tin " but not in " nhan tinh ".
    /// </summary>
    public static bool Has(string folded, string[] phrases) =>
        phrases.Any(p => folded.Contains(" " + p + " ", StringComparison.Ordinal));

    /// <summary>An amount, a date or a code: any digit.</summary>
    public static bool HasDigit(string text) => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
}
