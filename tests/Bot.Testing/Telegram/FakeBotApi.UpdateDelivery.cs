using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

// How updates reach the bot: setWebhook / deleteWebhook, long-polled getUpdates with offsets, and the method a webhook answer names.
public sealed partial class FakeBotApi
{
    /// <summary>The webhook set with setWebhook (null when none).</summary>
    public JsonObject? Webhook { get; private set; }

    /// <summary>Queues an update for getUpdates (polling mode).</summary>
    public void Enqueue(JsonObject update)
    {
        lock (_lock)
        {
            _updates.Add(update);
            _updateArrived.TrySetResult();
        }
    }

    /// <summary>Completes when a getUpdates call confirmed <paramref name="updateId"/> (offset beyond it): the bot has taken it.</summary>
    public async Task WaitConfirmedAsync(int updateId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _confirmedOffset) <= updateId)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"update {updateId} was not fetched by the bot");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// What Telegram does with a webhook's 2xx answer whose JSON body names a <c>method</c>: it runs that
    /// method with the other fields as parameters, as if the bot had called it (recorded like a call).
    /// </summary>
    /// <returns>The method run, or null when the answer named none.</returns>
    public async Task<string?> ExecuteWebhookReplyAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0 || JsonNode.Parse(body) is not JsonObject reply || reply["method"]?.GetValue<string>() is not { } method)
        {
            return null;
        }

        reply.Remove("method");
        var result = await DispatchAsync(method.ToLowerInvariant(), reply, CancellationToken.None);
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(method, reply, result.Status, result.Body["description"]?.GetValue<string>(), DateTimeOffset.UtcNow) { FromWebhookReply = true });
        }

        return method;
    }

    private FakeResponse SetWebhook(JsonObject p)
    {
        var secret = p["secret_token"]?.GetValue<string>();
        if (secret is not null && (secret.Length > 256 || secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))))
        {
            return Error(400, "Bad Request: secret token contains unallowed characters");
        }

        lock (_lock) { Webhook = p; }
        return Ok(true);
    }

    private FakeResponse DeleteWebhook()
    {
        lock (_lock) { Webhook = null; }
        return Ok(true);
    }

    private async Task<FakeResponse> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = (int)(Long(p, "offset") ?? 0);
        var limit = (int)Math.Clamp(Long(p, "limit") ?? 100, 1, 100);
        var hold = TimeSpan.FromSeconds(Math.Clamp(Long(p, "timeout") ?? 0, 0, 50));
        if (hold > PollHoldCap)
        {
            hold = PollHoldCap;
        }

        int generation;
        lock (_lock)
        {
            if (Webhook is not null)
            {
                return Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            generation = ++_pollGeneration;
        }

        var deadline = DateTime.UtcNow + hold;
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                if (generation != _pollGeneration)
                {
                    return Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                if (offset < 0)
                {
                    _updates.RemoveRange(0, Math.Max(0, _updates.Count + offset));
                }
                else
                {
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                    if (offset > _confirmedOffset)
                    {
                        Volatile.Write(ref _confirmedOffset, offset);
                    }
                }

                if (_updates.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    var batch = new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
                    return Ok(batch);
                }

                if (_updateArrived.Task.IsCompleted)
                {
                    _updateArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = _updateArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left > TimeSpan.Zero)
            {
                try
                {
                    await arrived.WaitAsync(left, aborted);
                }
                catch (TimeoutException)
                {
                }
                catch (OperationCanceledException)
                {
                    return Error(499, "client went away");
                }
            }
        }
    }
}
