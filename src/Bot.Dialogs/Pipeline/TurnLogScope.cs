using System.Collections;

namespace Bot.Dialogs.Pipeline;

/// <summary>The log scope of one turn: its id, as the one property <c>TurnId</c> that every log line of the turn carries.</summary>
/// <remarks>
/// One small object instead of a one-entry dictionary (its buckets and entries were allocated on every turn). Loggers
/// read a scope's properties by enumerating it as key/value pairs, which this is; its text is <c>TurnId:…</c>.
/// </remarks>
internal sealed class TurnLogScope(string turnId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new KeyValuePair<string, object?>("TurnId", turnId) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "TurnId:" + turnId;
}
