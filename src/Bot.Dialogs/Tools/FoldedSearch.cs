using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tools;

/// <summary>Whole-word search that ignores case and diacritics, reporting the position in the original text.</summary>
internal static class FoldedSearch
{
    /// <summary>The index in <paramref name="text"/> where <paramref name="foldedPhrase"/> starts as whole words, or null.</summary>
    public static int? IndexOf(string text, string foldedPhrase)
    {
        if (foldedPhrase.Length == 0)
        {
            return null;
        }

        // Fold character by character, remembering where each folded character came from.
        var folded = new System.Text.StringBuilder(text.Length + 2);
        var origin = new List<int>(text.Length + 2);
        folded.Append(' ');
        origin.Add(0);
        for (var i = 0; i < text.Length; i++)
        {
            var one = VietnameseText.Fold(text.AsSpan(i, 1));
            if (one.Length == 0)
            {
                if (char.IsLetterOrDigit(text[i]) || IsMark(text[i]))
                {
                    continue; // a separately typed tone mark belongs to the letter before
                }

                if (folded[^1] != ' ')
                {
                    folded.Append(' ');
                    origin.Add(i);
                }

                continue;
            }

            folded.Append(one[0]);
            origin.Add(i);
        }

        folded.Append(' ');
        origin.Add(text.Length);
        var at = folded.ToString().IndexOf(" " + foldedPhrase + " ", StringComparison.Ordinal);
        return at < 0 ? null : origin[at + 1];
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="foldedPhrase"/> as whole words.</summary>
    public static bool Contains(string text, string foldedPhrase) => IndexOf(text, foldedPhrase) is not null;

    private static bool IsMark(char c) =>
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;
}
