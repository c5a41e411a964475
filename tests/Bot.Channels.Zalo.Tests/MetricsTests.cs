using System.Net;
using System.Text;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Infrastructure;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Zalo.Tests;

/// <summary>Refused webhooks and every message sent to Zalo show up in the bot's metrics, by channel and reason or status.</summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task ForgedOaSignatureIsCountedAsARejectedWebhook()
    {
        await using var oa = await FakeZaloOaApi.StartAsync();
        await using var app = ZaloApp.Start(oa: oa);
        using var metrics = new MetricsRecorder();
        var json = ZaloOaEvents.Text("u-forged", "menu");
        var forged = ZaloOaEvents.Sign(Encoding.UTF8.GetBytes(json), ZaloOaEvents.Stamp(null), secret: "guessed-secret");

        using var response = await app.PushOaAsync(json, signature: forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(1, metrics.Sum(BotMetricNames.WebhookRejections, ("channel", ZaloChannels.OfficialAccount), ("reason", "signature")));
        Assert.Equal(0, metrics.Sum(BotMetricNames.OutgoingSends));
    }

    [Fact]
    public async Task ReplayedOaEventAndWrongBotSecretAreCountedWithTheirReasons()
    {
        await using var oa = await FakeZaloOaApi.StartAsync();
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(oa: oa, bot: bot);
        using var metrics = new MetricsRecorder();

        using var stale = await app.PushOaAsync(ZaloOaEvents.Text("u-old", "menu", at: DateTimeOffset.UtcNow.AddHours(-2)));
        using var wrongSecret = await app.PushBotAsync(ZaloApp.BotTextUpdate("chat-x", "/start"), secret: "not-the-secret");
        using var notJson = await app.PushBotAsync("{not json");

        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(1, metrics.Sum(BotMetricNames.WebhookRejections, ("channel", ZaloChannels.OfficialAccount), ("reason", "stale")));
        Assert.Equal(1, metrics.Sum(BotMetricNames.WebhookRejections, ("channel", ZaloChannels.Bot), ("reason", "secret")));
        Assert.Equal(1, metrics.Sum(BotMetricNames.WebhookRejections, ("channel", ZaloChannels.Bot), ("reason", "body")));
    }

    [Fact]
    public async Task EverySendIsCountedWithWhatZaloAnswered()
    {
        await using var oa = await FakeZaloOaApi.StartAsync();
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(oa: oa, bot: bot);
        using var metrics = new MetricsRecorder();

        await app.SayOnOaAsync("u-count", "menu");
        await app.SayOnBotAsync("chat-count", "/start");
        oa.PutOutsideWindow("u-count");
        var refused = await app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.OfficialAccount)
            .SendAsync("u-count", [Reply.Plain("Thông báo mới")], CancellationToken.None);

        Assert.Equal(SendStatus.Unreachable, refused.Status);
        Assert.Equal(oa.MessagesTo("u-count").Count, metrics.Sum(BotMetricNames.OutgoingSends, ("channel", ZaloChannels.OfficialAccount), ("status", "ok")));
        Assert.Equal(1, metrics.Sum(BotMetricNames.OutgoingSends, ("channel", ZaloChannels.OfficialAccount), ("status", "403")));
        Assert.Equal(bot.MessagesTo("chat-count").Count, metrics.Sum(BotMetricNames.OutgoingSends, ("channel", ZaloChannels.Bot), ("status", "ok")));
        Assert.NotEmpty(bot.MessagesTo("chat-count"));
    }
}
