using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>
/// Takes updates from the webhook or the poller, returns at once, and handles each chat's updates
/// one after another in arrival order; different chats run in parallel.
/// </summary>
/// <remarks>
/// Acknowledging before handling is what Telegram asks for (a slow webhook delays every later update
/// of that chat). The price: an update acknowledged but not yet handled when the process dies is lost,
/// just as a reply would be; redeliveries of handled updates are answered once through the update id.
/// On shutdown the queued updates are finished first, within the host's shutdown timeout.
/// </remarks>
public sealed class TelegramUpdateDispatcher(
    TelegramUpdateHandler handler,
    IOptions<TelegramOptions> options,
    ILogger<TelegramUpdateDispatcher> logger) : IHostedService
{
    private readonly Dictionary<long, Queue<TelegramInbound>> _queues = [];
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private int _pending;
    private TaskCompletionSource? _idle;

    /// <summary>Updates queued or being handled.</summary>
    public int Pending
    {
        get
        {
            lock (_lock)
            {
                return _pending;
            }
        }
    }

    /// <summary>Queues an update; false when too many are waiting (the webhook then answers 503 and Telegram retries later).</summary>
    public bool TryEnqueue(TelegramInbound inbound)
    {
        Queue<TelegramInbound>? started = null;
        lock (_lock)
        {
            if (_pending >= options.Value.MaxPendingUpdates)
            {
                return false;
            }

            _pending++;
            if (_queues.TryGetValue(inbound.ChatId, out var queue))
            {
                queue.Enqueue(inbound); // the chat's worker is running and will get to it
            }
            else
            {
                started = new Queue<TelegramInbound>();
                started.Enqueue(inbound);
                _queues[inbound.ChatId] = started;
            }
        }

        if (started is not null)
        {
            _ = Task.Run(() => DrainAsync(inbound.ChatId, started));
        }

        return true;
    }

    /// <summary>Completes when nothing is queued or being handled (shutdown, and tests that wait for the bot to answer).</summary>
    public Task WaitUntilIdleAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_pending == 0)
            {
                return Task.CompletedTask;
            }

            _idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await WaitUntilIdleAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown timeout: {Pending} Telegram update(s) left unhandled", Pending);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
    }

    private async Task DrainAsync(long chatId, Queue<TelegramInbound> queue)
    {
        while (true)
        {
            TelegramInbound next;
            lock (_lock)
            {
                if (queue.Count == 0)
                {
                    _queues.Remove(chatId);
                    return;
                }

                next = queue.Dequeue();
            }

            try
            {
                await handler.HandleAsync(next, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // shutting down
            }
            catch (Exception ex)
            {
                // One bad update must not stop the chat's later updates.
                logger.LogError(ex, "Handling a Telegram update failed");
            }
            finally
            {
                Completed();
            }
        }
    }

    private void Completed()
    {
        lock (_lock)
        {
            _pending--;
            if (_pending == 0 && _idle is { } idle)
            {
                _idle = null;
                idle.TrySetResult();
            }
        }
    }
}
