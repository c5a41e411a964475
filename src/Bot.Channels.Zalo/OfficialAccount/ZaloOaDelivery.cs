using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Dialogs.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Delivers a turn's replies in order: at once when possible, later (with back-off) when Zalo says "not now".</summary>
/// <remarks>
/// The first attempt runs inside the webhook request, so the resident gets an answer without a
/// queue in between. When Zalo answers -32 or fails transiently, the unsent rest is queued and a
/// single worker retries it with doubling waits; later replies to the same resident queue behind
/// it, so messages never arrive out of order. Unreachable and permanent failures are not retried.
/// </remarks>
public sealed class ZaloOaDelivery(ZaloOaSender sender, IOptions<ZaloOaOptions> options, TimeProvider time, ILogger<ZaloOaDelivery> logger)
    : BackgroundService
{
    private readonly ZaloOaOptions _options = options.Value;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, int> _queuedPerUser = new(StringComparer.Ordinal);

    /// <summary>Sends <paramref name="messages"/> to <paramref name="userId"/>; returns what happened to the first one not sent (Sent when all went).</summary>
    public async Task<SendOutcome> DeliverAsync(string userId, IReadOnlyList<JsonObject> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return SendOutcome.Sent;
        }

        if (_queuedPerUser.TryGetValue(userId, out var queued) && queued > 0)
        {
            Enqueue(new Pending(userId, messages, 1, time.GetUtcNow()));
            return new SendOutcome(SendStatus.RateLimited, Detail: "queued behind earlier replies");
        }

        for (var i = 0; i < messages.Count; i++)
        {
            var result = await sender.SendAsync(userId, messages[i], cancellationToken).ConfigureAwait(false);
            if (result.IsRetryable)
            {
                Enqueue(new Pending(userId, messages.Skip(i).ToList(), 1, time.GetUtcNow() + Wait(result.Outcome, 1)));
                return result.Outcome;
            }

            if (result.Outcome.Status != SendStatus.Sent)
            {
                return result.Outcome;
            }
        }

        return SendOutcome.Sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RetryAsync(item, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down: queued replies are lost with the process, as Zalo's own window would soon close anyway
        }
    }

    /// <summary>Retries one queued delivery in place until it goes or runs out of attempts.</summary>
    /// <remarks>
    /// Retrying in place (not at the back of the queue) keeps a resident's messages in order; holding
    /// the single worker meanwhile is right for -32, which limits the whole app.
    /// </remarks>
    private async Task RetryAsync(Pending item, CancellationToken stoppingToken)
    {
        var notBefore = item.NotBefore;
        var attempt = item.Attempt;
        var next = 0;
        while (next < item.Messages.Count)
        {
            var wait = notBefore - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }

            ZaloOaSendResult result;
            try
            {
                result = await sender.SendAsync(item.UserId, item.Messages[next], stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Retrying a Zalo OA reply failed unexpectedly; it is dropped");
                break;
            }

            if (result.Outcome.Status == SendStatus.Sent)
            {
                next++;
                continue;
            }

            if (result.IsRetryable && attempt < _options.MaxSendAttempts)
            {
                attempt++;
                notBefore = time.GetUtcNow() + Wait(result.Outcome, attempt);
                continue;
            }

            logger.LogWarning("A Zalo OA reply was dropped after {Attempts} attempts: {Detail}", attempt, result.Outcome.Detail);
            break;
        }

        Done(item.UserId);
    }

    private void Enqueue(Pending item)
    {
        _queuedPerUser.AddOrUpdate(item.UserId, 1, (_, n) => n + 1);
        _queue.Writer.TryWrite(item);
    }

    private void Done(string userId)
    {
        if (_queuedPerUser.AddOrUpdate(userId, 0, (_, n) => n - 1) <= 0)
        {
            _queuedPerUser.TryRemove(new KeyValuePair<string, int>(userId, 0));
        }
    }

    private TimeSpan Wait(SendOutcome outcome, int attempt)
    {
        var doubling = _options.RetryBackoff * Math.Pow(2, attempt - 1);
        var asked = outcome.RetryAfter ?? TimeSpan.Zero;
        return asked > doubling ? asked : doubling;
    }

    private sealed record Pending(string UserId, IReadOnlyList<JsonObject> Messages, int Attempt, DateTimeOffset NotBefore);
}
