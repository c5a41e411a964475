using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>The small phrase language editors write in rules.yaml: words, (a|b) choices, * gaps, # numbers and $ amounts of money.</summary>
internal static class PhrasePattern
{
    /// <summary>Up to this many other words may stand where a phrase says <c>*</c>.</summary>
    public const int MaxGap = 3;

    public const string Gap = "*";
    public const string Number = "#";

    /// <summary>An amount of money: "500k", "800.000đ", "2 triệu", "1tr2", "50.000 USD".</summary>
    public const string Money = "$";

    /// <summary>What is wrong with <paramref name="pattern"/>, or null when it is fine.</summary>
    public static string? Check(string pattern)
    {
        var depth = 0;
        foreach (var c in pattern)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0)
            {
                return "has a ')' without its '('";
            }
        }

        if (depth != 0)
        {
            return "has a '(' without its ')'";
        }

        foreach (var variant in Expand(pattern))
        {
            foreach (var word in variant.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is not (Gap or Number or Money) && VietnameseText.Fold(word).Length == 0)
                {
                    return $"has '{word}', which is neither a word nor *, # or $ (an optional word is written (word|))";
                }
            }
        }

        foreach (var steps in Compile(pattern))
        {
            if (steps.Length == 0)
            {
                return "has a choice that is empty";
            }

            if (steps[0].Word is Gap)
            {
                return "must not start with *";
            }

            if (steps[^1].Word == Gap)
            {
                return "must not end with *";
            }
        }

        return null;
    }

    /// <summary>Every spelled-out variant of <paramref name="pattern"/>, as folded steps that remember the editor's marks.</summary>
    public static List<Step[]> Compile(string pattern)
    {
        var result = new List<Step[]>();
        foreach (var variant in Expand(pattern))
        {
            var steps = new List<Step>();
            foreach (var word in variant.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is Gap or Number or Money)
                {
                    steps.Add(new Step(word, null, VietnameseMarks.NoTone));
                    continue;
                }

                var folded = VietnameseText.Fold(word);
                if (!folded.Contains(' ') && VietnameseMarks.Read(word) is { } marks && marks.Shape.Length == folded.Length)
                {
                    steps.Add(new Step(folded, marks.Shape, marks.Tone));
                    continue;
                }

                // "t.me", "2FA/OTP": parts of a written form, matched on their folded letters alone.
                foreach (var part in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    steps.Add(new Step(part, null, VietnameseMarks.NoTone));
                }
            }

            result.Add([.. steps]);
        }

        return result;
    }

    /// <summary>One step of a phrase: a folded word with the shape and tone the editor wrote (null shape: any marks), * or #.</summary>
    public readonly record struct Step(string Word, string? Shape, byte Tone);

    /// <summary>Spells out the first top-level (a|b) group, recursively, so nested groups work too.</summary>
    private static IEnumerable<string> Expand(string pattern)
    {
        var open = pattern.IndexOf('(');
        if (open < 0)
        {
            yield return pattern;
            yield break;
        }

        var depth = 0;
        var close = -1;
        var cuts = new List<int>();
        for (var i = open; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                close = i;
                break;
            }
            else if (c == '|' && depth == 1)
            {
                cuts.Add(i);
            }
        }

        if (close < 0)
        {
            yield return pattern.Replace('(', ' ');
            yield break;
        }

        var prefix = pattern[..open];
        var suffix = pattern[(close + 1)..];
        var start = open + 1;
        foreach (var end in cuts.Append(close))
        {
            foreach (var expanded in Expand(prefix + " " + pattern[start..end] + " " + suffix))
            {
                yield return expanded;
            }

            start = end + 1;
        }
    }
}
