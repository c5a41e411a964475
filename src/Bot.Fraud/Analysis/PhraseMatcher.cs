using System.Collections.Frozen;

namespace Bot.Fraud.Analysis;

/// <summary>Finds which phrase rules a message triggers, on folded words, ignoring negated mentions.</summary>
/// <remarks>
/// Every spelled-out phrase is a path in one word trie (words, * gaps, # numbers), so one pass over
/// the message's words follows only the phrases that really continue there. A match does not count
/// when a negator ("không", "đừng", "tắt") stands up to <see cref="NegationReach"/> words before it
/// in the same clause, unless it means "otherwise" ("nếu không … sẽ bị khóa", "không sẽ bị cắt điện").
/// </remarks>
internal sealed class PhraseMatcher
{
    /// <summary>How many words back a negator still cancels a phrase.</summary>
    public const int NegationReach = 8;

    private readonly Node _root = new();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negators;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _plainNegators;

    /// <param name="phrases">(rule index, pattern) pairs.</param>
    /// <param name="negators">Negators as written with diacritics (matched on words that carry marks, ignoring case).</param>
    /// <param name="plainNegators">Folded negators (matched on words typed without marks).</param>
    public PhraseMatcher(IEnumerable<(int Rule, string Pattern)> phrases, IEnumerable<string> negators, IEnumerable<string> plainNegators)
    {
        // All spelled-out variants (about 1,600) go into one word trie, so a message is read once:
        // at each word only the phrases that really continue there are followed, instead of trying
        // every variant that starts with a common word such as "tai".
        foreach (var (rule, pattern) in phrases)
        {
            foreach (var steps in PhrasePattern.Compile(pattern))
            {
                if (steps.Length > 0)
                {
                    Add(steps, rule);
                    PhraseCount++;
                }
            }
        }

        _root.Freeze();
        _negators = negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _plainNegators = plainNegators.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of spelled-out phrases (for diagnostics).</summary>
    public int PhraseCount { get; }

    /// <summary>Sets <paramref name="fired"/>[rule] for every rule with a non-negated match.</summary>
    public void Match(TokenizedText text, Span<bool> fired)
    {
        for (var i = 0; i < text.Count; i++)
        {
            if (_root.TryGetWord(text.Token(i), out var first))
            {
                var start = new Start(i);
                Walk(first, i + 1, text, fired, ref start);
            }
        }
    }

    private void Add(string[] steps, int rule)
    {
        var node = _root;
        foreach (var step in steps)
        {
            node = step switch
            {
                PhrasePattern.Gap => node.Gap ??= new Node(),
                PhrasePattern.Number => node.Number ??= new Node(),
                _ => node.Word(step),
            };
        }

        node.Rules.Add(rule);
    }

    /// <summary>Follows the trie from <paramref name="node"/> with the words from <paramref name="token"/> on.</summary>
    private void Walk(Node node, int token, TokenizedText text, Span<bool> fired, ref Start start)
    {
        foreach (var rule in node.Ended)
        {
            if (!fired[rule] && !IsNegated(text, ref start))
            {
                fired[rule] = true;
            }
        }

        if (node.Gap is { } gap)
        {
            // "*": up to MaxGap other words, then the rest of the phrase.
            for (var skip = 0; skip <= PhrasePattern.MaxGap && token + skip <= text.Count; skip++)
            {
                Walk(gap, token + skip, text, fired, ref start);
            }
        }

        if (token >= text.Count)
        {
            return;
        }

        if (node.HasWords && node.TryGetWord(text.Token(token), out var next))
        {
            Walk(next, token + 1, text, fired, ref start);
        }

        if (node.Number is { } number && text.HasDigit(token))
        {
            Walk(number, token + 1, text, fired, ref start);
        }
    }

    /// <summary>Whether the phrase starting at <paramref name="start"/> is negated; worked out once per start word.</summary>
    private bool IsNegated(TokenizedText text, ref Start start)
    {
        if (start.Checked)
        {
            return start.Negated;
        }

        start.Checked = true;
        var index = start.Index;
        var clause = text.Clause(index);
        for (var j = index - 1; j >= 0 && j >= index - NegationReach && text.Clause(j) == clause; j--)
        {
            if (text.IsPlain(j) ? _plainNegators.Contains(text.Token(j)) : _negators.Contains(text.Original(j)))
            {
                // "nếu không …" and "không (thì) sẽ …" are threats ("otherwise"), not negations.
                var conditional = (j > 0 && text.Clause(j - 1) == clause && text.Token(j - 1).SequenceEqual("neu"))
                                  || (j + 1 < text.Count && (text.Token(j + 1).SequenceEqual("se") || text.Token(j + 1).SequenceEqual("thi")));
                start.Negated = !conditional;
                return start.Negated;
            }
        }

        return false;
    }

    private struct Start(int index)
    {
        public readonly int Index = index;
        public bool Checked;
        public bool Negated;
    }

    /// <summary>One step of the trie: the next word, a gap, or a number; and the rules whose phrase ends here.</summary>
    private sealed class Node
    {
        private Dictionary<string, Node>? _building = new(StringComparer.Ordinal);
        private FrozenDictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _words;

        public List<int> Rules { get; } = [];

        /// <summary>Rules ending here, each once (an array: read on every visit).</summary>
        public int[] Ended { get; private set; } = [];

        public Node? Gap { get; set; }

        public Node? Number { get; set; }

        public bool HasWords { get; private set; }

        public Node Word(string word)
        {
            if (!_building!.TryGetValue(word, out var node))
            {
                _building[word] = node = new Node();
            }

            return node;
        }

        public bool TryGetWord(ReadOnlySpan<char> word, out Node next) => _words.TryGetValue(word, out next!);

        public void Freeze()
        {
            HasWords = _building!.Count > 0;
            _words = _building.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            Ended = [.. Rules.Distinct()];
            foreach (var child in _building.Values)
            {
                child.Freeze();
            }

            _building = null;
            Gap?.Freeze();
            Number?.Freeze();
        }
    }
}
