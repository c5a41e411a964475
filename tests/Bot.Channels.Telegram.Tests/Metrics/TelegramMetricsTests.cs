using System.Net;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests.Metrics;

/// <summary>What an operator's dashboard counts: refused webhooks and every Bot API send by its answer.</summary>
[Collection(MetricsCollection.Name)]
public sealed class TelegramMetricsTests
{
    private const long Chat = 6161;

    private static readonly (string, string) Telegram = ("channel", "telegram");

    [Fact]
    public async Task AWrongSecretAndABadBodyAreCountedAsRejections()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        using var measured = new MeasuredInstruments();

        using var wrongSecret = await host.PostWebhookAsync(host.Api.TextUpdate(Chat, "/start").ToJsonString(), "wrong-secret-0123456789");
        using var badBody = await host.PostWebhookAsync("not json");
        using var good = await host.PostWebhookAsync(host.Api.TextUpdate(Chat, "/start").ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badBody.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(1, measured.Total(BotMetricNames.WebhookRejections, Telegram, ("reason", "secret")));
        Assert.Equal(1, measured.Total(BotMetricNames.WebhookRejections, Telegram, ("reason", "body")));
    }

    [Fact]
    public async Task A429FromTelegramIsCountedAs429AndTheResendAsOk()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.FloodNext(Chat, retryAfterSeconds: 1);
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == "telegram");
        using var measured = new MeasuredInstruments();

        var outcome = await messenger.SendAsync(Chat.ToString(), [Reply.Plain("Cảnh báo lừa đảo mới")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(1, measured.Total(BotMetricNames.OutgoingSends, Telegram, ("status", "429")));
        Assert.Equal(1, measured.Total(BotMetricNames.OutgoingSends, Telegram, ("status", "ok")));
    }

    [Fact]
    public async Task ABlockedChatIsCountedAs403AndAServerErrorAs5xx()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var messenger = host.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == "telegram");
        host.Api.Block(Chat);
        host.Api.FailNext("sendmessage", 502);
        using var measured = new MeasuredInstruments();

        var toOther = await messenger.SendAsync((Chat + 1).ToString(), [Reply.Plain("Tin")], CancellationToken.None);
        var toBlocked = await messenger.SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, toOther.Status); // the 502 was resent once and went through
        Assert.Equal(SendStatus.Blocked, toBlocked.Status);
        Assert.Equal(1, measured.Total(BotMetricNames.OutgoingSends, Telegram, ("status", "5xx")));
        Assert.Equal(1, measured.Total(BotMetricNames.OutgoingSends, Telegram, ("status", "403")));
        Assert.Equal(1, measured.Total(BotMetricNames.OutgoingSends, Telegram, ("status", "ok")));
    }
}
