using Bot.Dialogs.Understanding.Inbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Operations.Inbox;

/// <summary>Writes queued sightings to the inbox store, and counts "which do you mean?" questions nobody answered.</summary>
/// <remarks>A store failure loses that sighting (logged), never a resident's turn and never the host.</remarks>
public sealed class MissedMessageWriter(
    MissedMessageQueue queue,
    MissedMessageRecorder recorder,
    IMissedMessageStore store,
    ILogger<MissedMessageWriter> logger) : BackgroundService
{
    private static readonly TimeSpan SweepEvery = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(WriteAsync(stoppingToken), SweepAsync(stoppingToken));

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var sighting in queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    await store.RecordAsync(sighting, stoppingToken).ConfigureAwait(false);
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

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(SweepEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                recorder.FlushUnanswered();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }
}
