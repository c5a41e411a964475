using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;

namespace Bot.Channels.Zalo.Tests;

/// <summary>Polling (local use): updates fetched with getUpdates are answered, also after the API failed for a while.</summary>
public sealed class ZaloBotPollingTests
{
    [Fact]
    public async Task PolledUpdatesAreAnsweredOnceEvenAfterFailedPolls()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        bot.FailNextPolls(3);
        await using var app = ZaloApp.Start(bot: bot, settings: new Dictionary<string, string?>
        {
            ["Zalo:Bot:Mode"] = "polling",
            ["Zalo:Bot:SecretToken"] = "",
            ["Zalo:Bot:PollTimeoutSeconds"] = "1",
            ["Zalo:Bot:PollMaxBackoff"] = "00:00:00.100",
        });
        _ = app.Http; // the host (and its poller) is running

        var update = ZaloApp.BotTextUpdate("chat-poll", "/start", messageId: "poll-1");
        bot.QueueUpdate(update);
        bot.QueueUpdate(update); // Zalo has no offset: the same update may come twice
        bot.QueueUpdate(ZaloApp.BotTextUpdate("chat-poll", "1", messageId: "poll-2"));

        await Eventually.HoldsAsync(() => bot.MessagesTo("chat-poll").Count >= 2, "answers to polled updates");
        await Eventually.HoldsAsync(() => bot.Polls >= 7, "the poller moving past the queued updates");
        Assert.Equal(2, bot.MessagesTo("chat-poll").Count);
        Assert.True(bot.WebhookDeletions >= 1);
        using var webhook = await app.PushBotAsync(update);
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode); // no webhook endpoint while polling
    }
}
