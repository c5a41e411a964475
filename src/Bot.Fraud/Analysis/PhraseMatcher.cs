using System.Collections.Frozen;

namespace Bot.Fraud.Analysis;

/// <summary>Finds which phrase rules a message triggers, on folded words, ignoring negated, reported and excepted mentions.</summary>
/// <remarks>
/// Every spelled-out phrase is a path in one word trie (words, * gaps, # numbers), so one pass over
/// the message's words follows only the phrases that really continue there. Where a resident typed
/// diacritics, a word must carry marks that fit the phrase's ("nhắn" is not "nhận"; in a sentence
/// typed with marks, a word without any is taken as written: "thuê bao" is not "báo"). A match does not count:
/// <list type="bullet">
/// <item>when a negator ("không", "đừng", "tắt") stands up to <see cref="NegationReach"/> words before it
/// in the same clause, unless it means "otherwise" ("nếu không … sẽ bị khóa", "không sẽ bị cắt điện");</item>
/// <item>when, earlier in the same sentence, words about scammers ("kẻ gian", "các đối tượng",
/// "thủ đoạn") show the message is describing a scam rather than asking for anything, unless its rule
/// counts in such reports too (the rule that recognises warnings);</item>
/// <item>when one of its rule's exceptions matches over some of the same words ("nhận qua thẻ ATM"
/// is how money arrives, not "nhận quà").</item>
/// </list>
/// </remarks>
internal sealed class PhraseMatcher
{
    /// <summary>How many words back a negator still cancels a phrase.</summary>
    public const int NegationReach = 8;

    private const int Reporter = -1;

    private readonly Node _root = new();
    private readonly bool[] _hasExceptions;
    private readonly bool[] _countsWhenReported;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _negators;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _plainNegators;

    /// <param name="ruleCount">Number of rules; rule indexes run from 0 to ruleCount − 1.</param>
    /// <param name="phrases">(rule index, pattern) pairs that fire a rule.</param>
    /// <param name="exceptions">(rule index, pattern) pairs that cancel a match of the rule over the same words.</param>
    /// <param name="reporting">Patterns that mark the rest of a sentence as a description of what scammers do.</param>
    /// <param name="countsWhenReported">Rule indexes that still fire inside such a description.</param>
    /// <param name="negators">Negators as written with diacritics (matched on words that carry marks, ignoring case).</param>
    /// <param name="plainNegators">Folded negators (matched on words typed without marks).</param>
    public PhraseMatcher(
        int ruleCount,
        IEnumerable<(int Rule, string Pattern)> phrases,
        IEnumerable<(int Rule, string Pattern)> exceptions,
        IEnumerable<string> reporting,
        IEnumerable<int> countsWhenReported,
        IEnumerable<string> negators,
        IEnumerable<string> plainNegators)
    {
        _hasExceptions = new bool[ruleCount];
        _countsWhenReported = new bool[ruleCount];
        foreach (var rule in countsWhenReported)
        {
            _countsWhenReported[rule] = true;
        }

        // All spelled-out variants go into one word trie, so a message is read once: at each word
        // only the phrases that really continue there are followed, instead of trying every variant
        // that starts with a common word such as "tai".
        foreach (var (rule, pattern) in phrases)
        {
            PhraseCount += Add(pattern, node => node.Rules.Add(rule));
        }

        foreach (var (rule, pattern) in exceptions)
        {
            _hasExceptions[rule] = true;
            Add(pattern, node => node.Exceptions.Add(rule));
        }

        foreach (var pattern in reporting)
        {
            Add(pattern, node => node.Rules.Add(Reporter));
        }

        _root.Freeze();
        _negators = negators.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _plainNegators = plainNegators.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Number of spelled-out phrases that fire rules (for diagnostics).</summary>
    public int PhraseCount { get; }

    /// <summary>Sets <paramref name="fired"/>[rule] for every rule with a match that counts.</summary>
    public void Match(TokenizedText text, Span<bool> fired)
    {
        var scan = new Scan();
        for (var i = 0; i < text.Count; i++)
        {
            var start = new Start(i, text.Sentence(i) == scan.ReporterSentence && scan.ReporterEnd < i);
            if (_root.TryGetWords(text.Token(i), out var first))
            {
                Follow(first, i, text, fired, ref start, ref scan);
            }

            // Phrases that start with a number or an amount ("$" alone: any amount of money).
            if (_root.Number is { } number && text.HasDigit(i))
            {
                Walk(number, i + 1, text, fired, ref start, ref scan);
            }

            if (_root.Money is { } money && text.MoneyLength(i) is > 0 and var length)
            {
                Walk(money, i + length, text, fired, ref start, ref scan);
            }
        }

        if (scan.Candidates is null)
        {
            return;
        }

        foreach (var (rule, from, to) in scan.Candidates)
        {
            if (!fired[rule] && !Overlaps(scan.Excepted, rule, from, to))
            {
                fired[rule] = true;
            }
        }
    }

    private int Add(string pattern, Action<Node> mark)
    {
        var count = 0;
        foreach (var steps in PhrasePattern.Compile(pattern))
        {
            if (steps.Length == 0)
            {
                continue;
            }

            var node = _root;
            foreach (var step in steps)
            {
                node = step.Word switch
                {
                    PhrasePattern.Gap => node.Gap ??= new Node(),
                    PhrasePattern.Number => node.Number ??= new Node(),
                    PhrasePattern.Money => node.Money ??= new Node(),
                    _ => node.Word(step),
                };
            }

            mark(node);
            count++;
        }

        return count;
    }

    /// <summary>Continues into every edge of one folded word whose marks fit the word at <paramref name="token"/>.</summary>
    private void Follow(Edge[] edges, int token, TokenizedText text, Span<bool> fired, ref Start start, ref Scan scan)
    {
        foreach (var edge in edges)
        {
            if (edge.Shape is null || text.Accepts(token, edge.Shape, edge.Tone))
            {
                Walk(edge.Node, token + 1, text, fired, ref start, ref scan);
            }
        }
    }

    /// <summary>Follows the trie from <paramref name="node"/> with the words from <paramref name="token"/> on.</summary>
    private void Walk(Node node, int token, TokenizedText text, Span<bool> fired, ref Start start, ref Scan scan)
    {
        foreach (var rule in node.Ended)
        {
            if (rule == Reporter)
            {
                scan.NoteReporter(text.Sentence(start.Index), token - 1);
                continue;
            }

            if ((fired[rule] && !_hasExceptions[rule]) || IsNegated(text, ref start) || (start.Reported && !_countsWhenReported[rule]))
            {
                continue;
            }

            if (_hasExceptions[rule])
            {
                (scan.Candidates ??= []).Add((rule, start.Index, token - 1));
            }
            else
            {
                fired[rule] = true;
            }
        }

        foreach (var rule in node.EndedExceptions)
        {
            (scan.Excepted ??= []).Add((rule, start.Index, token - 1));
        }

        if (node.Gap is { } gap)
        {
            // "*": up to MaxGap other words, then the rest of the phrase.
            for (var skip = 0; skip <= PhrasePattern.MaxGap && token + skip <= text.Count; skip++)
            {
                Walk(gap, token + skip, text, fired, ref start, ref scan);
            }
        }

        if (token >= text.Count)
        {
            return;
        }

        if (node.HasWords && node.TryGetWords(text.Token(token), out var next))
        {
            Follow(next, token, text, fired, ref start, ref scan);
        }

        if (node.Number is { } number && text.HasDigit(token))
        {
            Walk(number, token + 1, text, fired, ref start, ref scan);
        }

        if (node.Money is { } money && text.MoneyLength(token) is > 0 and var length)
        {
            Walk(money, token + length, text, fired, ref start, ref scan);
        }
    }

    private static bool Overlaps(List<(int Rule, int From, int To)>? excepted, int rule, int from, int to)
    {
        if (excepted is null)
        {
            return false;
        }

        foreach (var (r, f, t) in excepted)
        {
            if (r == rule && f <= to && from <= t)
            {
                return true;
            }
        }

        return false;
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

    private struct Start(int index, bool reported)
    {
        public readonly int Index = index;
        public readonly bool Reported = reported;
        public bool Checked;
        public bool Negated;
    }

    /// <summary>What one pass has seen so far: where words about scammers end, and matches waiting for their exceptions.</summary>
    private struct Scan()
    {
        public int ReporterSentence = -1;
        public int ReporterEnd = int.MaxValue;
        public List<(int Rule, int From, int To)>? Candidates;
        public List<(int Rule, int From, int To)>? Excepted;

        public void NoteReporter(int sentence, int end)
        {
            if (sentence != ReporterSentence)
            {
                ReporterSentence = sentence;
                ReporterEnd = end;
            }
            else
            {
                ReporterEnd = Math.Min(ReporterEnd, end);
            }
        }
    }

    /// <summary>A way out of a trie node for one folded word: the marks the editor wrote (null: any) and the next node.</summary>
    private sealed record Edge(string? Shape, byte Tone, Node Node);

    /// <summary>One step of the trie: the next words, a gap, or a number; and what ends here.</summary>
    private sealed class Node
    {
        private Dictionary<string, List<Edge>>? _building = new(StringComparer.Ordinal);
        private FrozenDictionary<string, Edge[]>.AlternateLookup<ReadOnlySpan<char>> _words;

        /// <summary>Rules whose phrase ends here (<see cref="Reporter"/> for words about scammers).</summary>
        public List<int> Rules { get; } = [];

        /// <summary>Rules whose exception ends here.</summary>
        public List<int> Exceptions { get; } = [];

        /// <summary>Rules ending here, each once (arrays: read on every visit).</summary>
        public int[] Ended { get; private set; } = [];

        public int[] EndedExceptions { get; private set; } = [];

        public Node? Gap { get; set; }

        public Node? Number { get; set; }

        public Node? Money { get; set; }

        public bool HasWords { get; private set; }

        public Node Word(PhrasePattern.Step step)
        {
            if (!_building!.TryGetValue(step.Word, out var edges))
            {
                _building[step.Word] = edges = [];
            }

            foreach (var edge in edges)
            {
                if (edge.Shape == step.Shape && edge.Tone == step.Tone)
                {
                    return edge.Node;
                }
            }

            var node = new Node();
            edges.Add(new Edge(step.Shape, step.Tone, node));
            return node;
        }

        public bool TryGetWords(ReadOnlySpan<char> word, out Edge[] edges) => _words.TryGetValue(word, out edges!);

        public void Freeze()
        {
            HasWords = _building!.Count > 0;
            _words = _building.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            Ended = [.. Rules.Distinct()];
            EndedExceptions = [.. Exceptions.Distinct()];
            foreach (var edge in _building.Values.SelectMany(e => e))
            {
                edge.Node.Freeze();
            }

            _building = null;
            Gap?.Freeze();
            Number?.Freeze();
            Money?.Freeze();
        }
    }
}
