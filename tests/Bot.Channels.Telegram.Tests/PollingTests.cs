using Bot.Channels.Telegram.Receiving;

namespace Bot.Channels.Telegram.Tests;

/// <summary>Long polling on a laptop: webhook removed first, errors survived with backoff, a clean stop.</summary>
public sealed class PollingTests
{
    private const long Chat = 6161;

    [Fact]
    public async Task TheWebhookIsDeletedBeforeTheFirstPoll()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling);
        await Eventually.HoldsAsync(() => host.Api.RequestsFor("getUpdates").Count > 0, "a poll");

        var methods = host.Api.Requests.Select(r => r.Method).ToList();
        Assert.True(methods.IndexOf("deleteWebhook") >= 0 && methods.IndexOf("deleteWebhook") < methods.IndexOf("getUpdates"));
        var poll = host.Api.RequestsFor("getUpdates")[0].Parameters;
        Assert.Equal(10, poll["timeout"]!.GetValue<int>());
        Assert.Contains("callback_query", poll["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task PollingBacksOffWhileTelegramFailsAndRecovers()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling, s => s["Telegram:RetryBaseDelayMilliseconds"] = "200");
        host.Api.FailNext("getupdates", 502, count: 3);

        var replies = await host.SendTextAsync(Chat, "/start");

        Assert.NotEmpty(replies);
        var failed = host.Api.RequestsFor("getUpdates").Where(r => r.Status == 502).Select(r => r.At).ToList();
        Assert.Equal(3, failed.Count);
        // 200 ms, then 400 ms between the failures: the loop waited instead of hammering the API.
        Assert.True(failed[1] - failed[0] >= TimeSpan.FromMilliseconds(190));
        Assert.True(failed[2] - failed[1] >= TimeSpan.FromMilliseconds(390));
    }

    [Fact]
    public async Task AnotherPollerOrAWebhookConflictIsWaitedOut()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling);
        host.Api.FailNext("getupdates", 409, count: 2);

        var replies = await host.SendTextAsync(Chat, "/start");

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task EachUpdateIsConfirmedSoItIsFetchedOnlyOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Polling);

        await host.SendTextAsync(Chat, "/start");
        await host.SendTextAsync(Chat, "menu");

        var offsets = host.Api.RequestsFor("getUpdates").Select(r => r.Parameters["offset"]?.GetValue<int>() ?? 0).ToList();
        Assert.Equal(offsets.OrderBy(o => o), offsets); // never goes back
        Assert.Equal(2, host.Api.MessagesIn(Chat).Count(m => m.Buttons.Any()));
    }

    [Fact]
    public void BackoffDoublesAndStopsAtTheCap()
    {
        var options = new TelegramOptions { RetryBaseDelayMilliseconds = 100, PollingMaxBackoffSeconds = 1 };

        var delays = Enumerable.Range(1, 8).Select(n => TelegramPollingService.Backoff(options, n).TotalMilliseconds).ToList();

        Assert.InRange(delays[0], 100, 125);
        Assert.InRange(delays[1], 200, 250);
        Assert.InRange(delays[2], 400, 500);
        Assert.All(delays.Skip(4), d => Assert.InRange(d, 1000, 1250));
    }

    [Fact]
    public async Task StoppingTheHostEndsPollingPromptly()
    {
        var host = await TelegramTestHost.StartAsync(TelegramMode.Polling);
        await Eventually.HoldsAsync(() => host.Api.RequestsFor("getUpdates").Count > 0, "a poll");

        await host.Factory.DisposeAsync();
        var polls = host.Api.RequestsFor("getUpdates").Count;
        await Task.Delay(1500);

        // A poll already on the wire when the host stopped may still be recorded; no further one may follow.
        Assert.InRange(host.Api.RequestsFor("getUpdates").Count, polls, polls + 1);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Telegram polling stopped", StringComparison.Ordinal));
        await host.Api.DisposeAsync();
    }
}
