using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;

namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>A sink like the web chat's: keeps and replays answers, and remembers what it was given.</summary>
public sealed class ReplaySink : IReplySink
{
    public List<TurnResult> Delivered { get; } = [];

    public bool ReplaysAnswers => true;

    public Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
    {
        Delivered.Add(result);
        return Task.CompletedTask;
    }
}
