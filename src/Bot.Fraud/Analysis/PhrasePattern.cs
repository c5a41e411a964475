using Bot.Dialogs.Text;

namespace Bot.Fraud.Analysis;

/// <summary>The small phrase language editors write in rules.yaml: words, (a|b) choices, * gaps and # numbers.</summary>
internal static class PhrasePattern
{
    /// <summary>Up to this many other words may stand where a phrase says <c>*</c>.</summary>
    public const int MaxGap = 3;

    public const string Gap = "*";
    public const string Number = "#";

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

        foreach (var steps in Compile(pattern))
        {
            if (steps.Length == 0)
            {
                return "has a choice that is empty";
            }

            if (steps[0] is Gap or Number)
            {
                return "must start with a word, not * or #";
            }

            if (steps[^1] == Gap)
            {
                return "must not end with *";
            }
        }

        return null;
    }

    /// <summary>Every spelled-out variant of <paramref name="pattern"/>, as folded steps.</summary>
    public static List<string[]> Compile(string pattern)
    {
        var result = new List<string[]>();
        foreach (var variant in Expand(pattern))
        {
            var steps = new List<string>();
            foreach (var word in variant.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word is Gap or Number)
                {
                    steps.Add(word);
                    continue;
                }

                steps.AddRange(VietnameseText.Fold(word).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            result.Add([.. steps]);
        }

        return result;
    }

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
