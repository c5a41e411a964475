using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bot.Dialogs.Content;

/// <summary>
/// Passes YAML events through and refuses nesting deeper than <see cref="MaxDepth"/> before the
/// representation model sees it.
/// </summary>
/// <remarks>
/// YamlDotNet builds nodes recursively: a few hundred kilobytes of <c>[[[[…</c> (a damaged save)
/// overflow the stack, which no catch can stop and which ends the whole process. Dialog scripts
/// nest a handful of levels; anything deeper is refused as an error on its line instead.
/// </remarks>
internal sealed class DepthLimitedParser(IParser inner) : IParser
{
    /// <summary>Deepest nesting of lists and mappings accepted (content uses fewer than ten).</summary>
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        switch (inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new YamlException(inner.Current.Start, inner.Current.End,
                    $"lists and mappings are nested more than {MaxDepth} levels deep here");
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return true;
    }
}
