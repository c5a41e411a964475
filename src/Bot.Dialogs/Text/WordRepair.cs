namespace Bot.Dialogs.Text;

/// <summary>
/// Undoes what a Vietnamese keyboard leaves behind when its input method is off, and stretched
/// letters: "kichs hoatj" → "kich hoat", "ddang kys" → "dang ky", "tieenf" → "tien" (Telex),
/// "d9a8ng ky1" → "dang ky" (VNI), "duoccc" → "duoc".
/// </summary>
/// <remarks>
/// Works on folded words (no diacritics, lower case). Vietnamese syllables never end in s, f, r, x
/// or j, never hold "dd", "w" or a digit, and never repeat a vowel twice in a row except in a few
/// loan words, so these marks are keyboard leftovers. A repair is only offered as a candidate; the
/// caller keeps it when the repaired word is one it knows, so English words ("this", "yes") and
/// codes ("ct07", "m2") that happen to look like leftovers are left alone.
/// </remarks>
public static class WordRepair
{
    /// <summary>Candidate plain forms of <paramref name="word"/>, most likely first (may be empty).</summary>
    public static IEnumerable<string> Candidates(string word)
    {
        if (word.Length < 2 || word.AsSpan().IndexOfAnyExcept(word[0]) < 0)
        {
            yield break; // "jjjjjj" or "???" is no word at all, not a stretched one
        }

        var collapsed = CollapseRuns(word, 2);
        if (!ReferenceEquals(collapsed, word))
        {
            yield return collapsed;
        }

        var telex = Telex(collapsed);
        if (telex != collapsed)
        {
            yield return telex;
        }

        var vni = Vni(collapsed);
        if (vni != collapsed)
        {
            yield return vni;
        }

        var single = CollapseRuns(word, 1);
        if (single != collapsed && single != word)
        {
            yield return single;
            var singleTelex = Telex(single);
            if (singleTelex != single)
            {
                yield return singleTelex;
            }
        }
    }

    /// <summary>Runs of the same letter longer than <paramref name="keep"/> shortened to <paramref name="keep"/> ("alooo" → "alo" for 1).</summary>
    public static string CollapseRuns(string word, int keep)
    {
        var needed = false;
        for (var i = keep; i < word.Length && !needed; i++)
        {
            needed = IsRun(word, i, keep);
        }

        if (!needed)
        {
            return word;
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (i >= keep && char.IsLetter(word[i]) && IsRun(word, i, keep))
            {
                continue;
            }

            buffer[n++] = word[i];
        }

        return new string(buffer[..n]);
    }

    /// <summary>Telex leftovers removed: "dd" → "d", doubled vowels and "w" marks dropped, a trailing tone letter dropped.</summary>
    public static string Telex(string word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (n > 0 && c == buffer[n - 1] && c is 'd' or 'a' or 'e' or 'o')
            {
                continue; // dd → đ, aa → â, ee → ê, oo → ô
            }

            if (c == 'w')
            {
                // aw → ă, ow → ơ, uw → ư, or a "w" after the syllable's vowel ("mucws"); alone it is ư ("ddwowcj").
                if (!HasVowel(buffer[..n]))
                {
                    buffer[n++] = 'u';
                }

                continue;
            }

            if (c is 's' or 'f' or 'r' or 'x' or 'j' && n > 0 && IsToneLetterPosition(word, i))
            {
                continue; // a tone typed after the vowel: "hoatj", "tieenf", "kys", or inside: "nhaapj"
            }

            buffer[n++] = c;
        }

        return n == word.Length ? word : new string(buffer[..n]);
    }

    /// <summary>VNI leftovers removed: digits typed as marks after letters ("d9a8ng" → "dang", "mu71c" → "muc").</summary>
    public static string Vni(string word)
    {
        var hasLetter = false;
        var hasMarkDigit = false;
        foreach (var c in word)
        {
            hasLetter |= char.IsAsciiLetter(c);
            hasMarkDigit |= c is >= '1' and <= '9';
        }

        if (!hasLetter || !hasMarkDigit || !char.IsAsciiLetter(word[0]))
        {
            return word;
        }

        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is >= '1' and <= '9')
            {
                continue;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    private static bool IsRun(string word, int i, int keep)
    {
        for (var k = 1; k <= keep; k++)
        {
            if (word[i - k] != word[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A tone letter follows a vowel or a syllable's final consonant (c, ch, m, n, ng, nh, p, t) and
    /// ends the word, or sits right after a vowel before the final consonant ("nhaapj" has it last).
    /// </summary>
    private static bool IsToneLetterPosition(string word, int i)
    {
        var previous = word[i - 1];
        var last = i == word.Length - 1;
        if (!last)
        {
            // Inside a word only between a vowel and a final consonant: "tisnh" (rare), never at a syllable start.
            return IsVowel(previous) && i + 1 < word.Length && word[i + 1] is 'c' or 'm' or 'n' or 'p' or 't' && i > 1;
        }

        return IsVowel(previous) || previous is 'c' or 'm' or 'n' or 'p' or 't' or 'h' or 'g' or 'w';
    }

    private static bool HasVowel(ReadOnlySpan<char> letters)
    {
        foreach (var c in letters)
        {
            if (IsVowel(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';
}
