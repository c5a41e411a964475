using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Support;

/// <summary>A channel's sink that records what it was asked to send; web-chat-like when it replays answers.</summary>
public sealed class RecordingSink(bool replaysAnswers = false, Exception? failWith = null) : IReplySink
{
    private readonly List<TurnResult> _delivered = [];

    public IReadOnlyList<TurnResult> Delivered
    {
        get
        {
            lock (_delivered)
            {
                return _delivered.ToList();
            }
        }
    }

    public bool ReplaysAnswers => replaysAnswers;

    public Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        lock (_delivered)
        {
            _delivered.Add(result);
        }

        return failWith is null ? Task.CompletedTask : Task.FromException(failWith);
    }
}
