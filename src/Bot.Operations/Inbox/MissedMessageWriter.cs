using Bot.Dialogs.Understanding.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Operations.Inbox;

/// <summary>
/// Carries the recorder's events to the inbox store: misses are counted, "which do you mean?" questions
/// held until the conversation's next turn, and questions nobody answered within
/// <see cref="MissedMessageRecorder.AskTimeout"/> counted by a periodic sweep.
/// </summary>
/// <remarks>
/// Every instance of a fleet sweeps the same store; taking a held question is atomic, so each is counted
/// once. A store failure loses that event (logged), never a resident's turn and never the host.
/// </remarks>
public sealed class MissedMessageWriter(
    MissedMessageQueue queue,
    IMissedMessageStore store,
    TimeProvider time,
    ILogger<MissedMessageWriter> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);
    private const int SweepBatch = 200;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(WriteAsync(stoppingToken), SweepAsync(stoppingToken));

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await ApplyAsync(item, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "A misunderstood message could not be kept in the {Store} inbox; it is not counted", store.Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    private async Task ApplyAsync(InboxEvent item, CancellationToken cancellationToken)
    {
        switch (item)
        {
            case InboxEvent.Missed missed:
                await store.RecordAsync(missed.Sighting, cancellationToken).ConfigureAwait(false);
                break;
            case InboxEvent.Asked asked:
                await store.HoldAsync(asked.Conversation, asked.Question, cancellationToken).ConfigureAwait(false);
                break;
            case InboxEvent.TurnTaken turn:
                if (await store.TakeHeldAsync(turn.Conversation, cancellationToken).ConfigureAwait(false) is { } question
                    && !(turn.Flow is { } flow && question.Flows.Contains(flow, StringComparer.Ordinal)))
                {
                    await store.RecordAsync(question.Sighting, cancellationToken).ConfigureAwait(false);
                }

                break;
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await CountUnansweredAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>Counts every held question asked more than <see cref="MissedMessageRecorder.AskTimeout"/> ago.</summary>
    public async Task CountUnansweredAsync(CancellationToken cancellationToken)
    {
        try
        {
            var due = await store.TakeUnansweredAsync(time.GetUtcNow() - MissedMessageRecorder.AskTimeout, SweepBatch, cancellationToken).ConfigureAwait(false);
            foreach (var question in due)
            {
                await store.RecordAsync(question.Sighting, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Unanswered 'which do you mean?' questions could not be counted in the {Store} inbox; the next sweep tries again", store.Name);
        }
    }
}
