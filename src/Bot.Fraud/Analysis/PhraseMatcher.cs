using System.Collections.Frozen;

namespace Bot.Fraud.Analysis;

/// <summary>Finds which phrase rules a message triggers, on folded words, ignoring negated mentions.</summary>
/// <remarks>
/// Phrases are indexed by their first word, so one pass over the message's words finds every
/// candidate; each candidate is then checked step by step (with * gaps). A match does not count
/// when a negator ("không", "đừng", "tắt") stands up to <see cref="NegationReach"/> words before it
/// in the same clause, unless it means "otherwise" ("nếu không … sẽ bị khóa", "không sẽ bị cắt điện").
/// </remarks>
internal sealed class PhraseMatcher
{
    /// <summary>How many words back a negator still cancels a phrase.</summary>
    public const int NegationReach = 8;

    private readonly FrozenDictionary<string, Phrase[]> _byFirst;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negators;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _plainNegators;

    /// <param name="phrases">(rule index, pattern) pairs.</param>
    /// <param name="negators">Negators as written with diacritics (matched on words that carry marks, ignoring case).</param>
    /// <param name="plainNegators">Folded negators (matched on words typed without marks).</param>
    public PhraseMatcher(IEnumerable<(int Rule, string Pattern)> phrases, IEnumerable<string> negators, IEnumerable<string> plainNegators)
    {
        _byFirst = phrases
            .SelectMany(p => PhrasePattern.Compile(p.Pattern).Select(steps => new Phrase(p.Rule, steps)))
            .Where(p => p.Steps.Length > 0)
            .GroupBy(p => p.Steps[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        _negators = negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _plainNegators = plainNegators.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of spelled-out phrases (for diagnostics).</summary>
    public int PhraseCount => _byFirst.Values.Sum(p => p.Length);

    /// <summary>Sets <paramref name="fired"/>[rule] for every rule with a non-negated match.</summary>
    public void Match(TokenizedText text, Span<bool> fired)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (!_lookup.TryGetValue(text.Token(i), out var candidates))
            {
                continue;
            }

            var negationChecked = false;
            var negated = false;
            foreach (var phrase in candidates)
            {
                if (fired[phrase.Rule] || !Matches(phrase.Steps, 1, i + 1, text))
                {
                    continue;
                }

                if (!negationChecked)
                {
                    negated = IsNegated(text, i);
                    negationChecked = true;
                }

                if (!negated)
                {
                    fired[phrase.Rule] = true;
                }
            }
        }
    }

    private static bool Matches(string[] steps, int step, int token, TokenizedText text)
    {
        if (step == steps.Length)
        {
            return true;
        }

        var want = steps[step];
        if (ReferenceEquals(want, PhrasePattern.Gap) || want == PhrasePattern.Gap)
        {
            for (var skip = 0; skip <= PhrasePattern.MaxGap && token + skip <= text.Count; skip++)
            {
                if (Matches(steps, step + 1, token + skip, text))
                {
                    return true;
                }
            }

            return false;
        }

        if (token >= text.Count)
        {
            return false;
        }

        var ok = want == PhrasePattern.Number ? text.HasDigit(token) : text.Token(token).SequenceEqual(want);
        return ok && Matches(steps, step + 1, token + 1, text);
    }

    private bool IsNegated(TokenizedText text, int index)
    {
        var clause = text.Clause(index);
        for (var j = index - 1; j >= 0 && j >= index - NegationReach && text.Clause(j) == clause; j--)
        {
            if (text.IsPlain(j) ? _plainNegators.Contains(text.Token(j)) : _negators.Contains(text.Original(j)))
            {
                // "nếu không …" and "không (thì) sẽ …" are threats ("otherwise"), not negations.
                var conditional = (j > 0 && text.Clause(j - 1) == clause && text.Token(j - 1).SequenceEqual("neu"))
                                  || (j + 1 < text.Count && (text.Token(j + 1).SequenceEqual("se") || text.Token(j + 1).SequenceEqual("thi")));
                return !conditional;
            }
        }

        return false;
    }

    private sealed record Phrase(int Rule, string[] Steps);
}
