using System.Diagnostics;
using Bot.Metrics;
using Bot.Operations.Tests.Support;
using Bot.Testing.Telegram;
using Bot.Testing.WebChat;

namespace Bot.Operations.Tests.Telemetry;

public class MetricsExpositionTests
{
    private const string WebhookSecret = "metrics_secret-0123456789abcdef";

    [Fact]
    public async Task MetricsAreScrapedInAFormatPromtoolAccepts()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();
        var resident = new WebChatClient(http, "metrics-a");
        await resident.SendTextAsync("làm thẻ căn cước");
        await resident.SendTextAsync("câu gì đó khó hiểu");

        // What the Redis store, the channels, the broadcaster and the reloader record through the shared instruments.
        BotMetrics.RecordRedisRoundTrip("commit");
        BotMetrics.RecordRedisError("commit");
        BotMetrics.RecordWebhookRejection("telegram", "secret");
        BotMetrics.RecordOutgoingSend("telegram", 200);
        BotMetrics.RecordOutgoingSend("telegram", 429);
        BotMetrics.RecordOutgoingSend("zalo-oa", 403);
        BotMetrics.RecordOutgoingSend("zalo-oa", 502);
        BotMetrics.RecordBroadcastDelivery("telegram", "sent");
        BotMetrics.RecordContentReload(succeeded: false);

        var exposition = await http.GetStringAsync("/metrics");

        Assert.Contains("bot_turns_total{", exposition);
        Assert.Contains("channel=\"web\"", exposition);
        Assert.Contains("outcome=\"routed\"", exposition);
        Assert.Contains("bot_turn_duration_seconds_bucket{", exposition);
        Assert.Contains("bot_redis_round_trips_total{", exposition);
        Assert.Contains("bot_redis_errors_total{", exposition);
        Assert.Contains("bot_webhook_rejections_total{", exposition);
        Assert.Contains("status=\"429\"", exposition);
        Assert.Contains("status=\"403\"", exposition);
        Assert.Contains("status=\"5xx\"", exposition);
        Assert.Contains("bot_broadcast_deliveries_total{", exposition);
        Assert.Contains("result=\"failed\"", exposition);

        var (exit, output) = await PromtoolCheckAsync(exposition);
        Assert.True(exit == 0, "promtool check metrics failed:\n" + output);
    }

    [Fact]
    public async Task WebhookRejectionsRedisRoundTripsAndSendsOfRealTrafficAreScraped()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var telegram = await FakeBotApi.StartAsync();
        var settings = TestKeys.AdminSettings();
        settings["Redis:ConnectionString"] = redis.Endpoint;
        settings["Telegram:BotToken"] = telegram.Token;
        settings["Telegram:Mode"] = "webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook";
        settings["Telegram:SecretToken"] = WebhookSecret;
        settings["Telegram:ApiBaseUrl"] = telegram.BaseUrl;
        await using var factory = new OpsFactory { Settings = settings };
        var http = factory.CreateClient();
        var chat = new TelegramWebhookChat(telegram, http, WebhookSecret);

        await new WebChatClient(http, "metrics-redis").SendTextAsync("làm thẻ căn cước");
        using (var forged = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent("{\"update_id\":1}") })
        {
            forged.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "not-the-secret-0123456789");
            Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await http.SendAsync(forged)).StatusCode);
        }

        Assert.NotEmpty(TelegramWebhookChat.Texts(await chat.SayAsync(7301, "/start")));
        var exposition = await http.GetStringAsync("/metrics");

        Assert.True(Value(exposition, "bot_webhook_rejections_total", "reason=\"secret\"") >= 1, exposition);
        Assert.True(Value(exposition, "bot_redis_round_trips_total", "operation=\"load\"") >= 1, exposition);
        Assert.True(Value(exposition, "bot_redis_round_trips_total", "operation=\"commit\"") >= 1, exposition);
        Assert.True(Value(exposition, "bot_outgoing_sends_total", "status=\"ok\"") >= 1, exposition);
        var (exit, output) = await PromtoolCheckAsync(exposition);
        Assert.True(exit == 0, "promtool check metrics failed:\n" + output);
    }

    [Theory]
    [InlineData(200, "ok")]
    [InlineData(429, "429")]
    [InlineData(403, "403")]
    [InlineData(503, "5xx")]
    [InlineData(400, "4xx")]
    [InlineData(null, "error")]
    public void SendStatusesFallIntoTheLabelsOperatorsAlertOn(int? http, string label) =>
        Assert.Equal(label, BotMetrics.SendStatusLabel(http));

    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels include <paramref name="label"/>; 0 when there is none.</summary>
    private static double Value(string exposition, string metric, string label)
    {
        foreach (var line in exposition.Split('\n'))
        {
            if (line.StartsWith(metric + "{", StringComparison.Ordinal) && line[..line.IndexOf('}')].Contains(label, StringComparison.Ordinal))
            {
                return double.Parse(line[(line.IndexOf('}') + 2)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    private static async Task<(int Exit, string Output)> PromtoolCheckAsync(string exposition)
    {
        const string promtool = "/usr/bin/promtool";
        if (!File.Exists(promtool))
        {
            throw new InvalidOperationException("promtool is missing: run scripts/test.sh, which installs Debian's prometheus package.");
        }

        var info = new ProcessStartInfo(promtool, ["check", "metrics"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(info)!;
        await process.StandardInput.WriteAsync(exposition);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
