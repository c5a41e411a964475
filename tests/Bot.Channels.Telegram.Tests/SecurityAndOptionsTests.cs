namespace Bot.Channels.Telegram.Tests;

/// <summary>Settings are checked at start with messages that say what to set; the token never reaches a log.</summary>
public sealed class SecurityAndOptionsTests
{
    [Theory]
    [InlineData("Telegram:SecretToken", "", "Telegram:SecretToken is required in webhook mode")]
    [InlineData("Telegram:SecretToken", "short", "Telegram:SecretToken is required in webhook mode")]
    [InlineData("Telegram:WebhookUrl", "http://bot.example.test/telegram/webhook", "Telegram:WebhookUrl must be the public HTTPS address")]
    [InlineData("Telegram:WebhookUrl", "https://bot.example.test:5000/telegram/webhook", "443, 80, 88 or 8443")]
    [InlineData("Telegram:BotToken", "not-a-token", "Set Telegram__BotToken to the token @BotFather gave you")]
    [InlineData("Telegram:GlobalRateLimit", "0", "Telegram:GlobalRateLimit must be between 1 and 1000")]
    [InlineData("Telegram:BotUsername", "@bad name", "without '@'")]
    public async Task ABadSettingStopsTheStartWithAMessageSayingWhatToSet(string key, string value, string expected)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s[key] = value);
        });

        var messages = string.Join(" | ", Flatten(failure).Select(e => e.Message));
        Assert.Contains(expected, messages);
        Assert.DoesNotContain("TEST-fake-token", messages);
    }

    [Theory]
    [InlineData("https://api.telegram.org")] // Telegram itself, named
    [InlineData("")] // Telegram itself, the default
    [InlineData("https://botapi.example.test")] // a Bot API server elsewhere
    [InlineData("http://localhost.example.test:8081")] // looks local, is not
    public async Task SendLimitsAboveAThousandASecondAreRefusedUnlessTheBotApiIsAFakeOnThisMachine(string apiBaseUrl)
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s =>
            {
                s["Telegram:ApiBaseUrl"] = apiBaseUrl;
                s["Telegram:LiftSendLimitsForLoopbackBenchmark"] = "true";
                s["Telegram:GlobalRateLimit"] = "50000";
            });
        });

        var messages = string.Join(" | ", Flatten(failure).Select(e => e.Message));
        Assert.Contains("Telegram:LiftSendLimitsForLoopbackBenchmark is for load benchmarks", messages);
        Assert.Contains("Telegram:GlobalRateLimit must be between 1 and 1000", messages);
    }

    [Fact]
    public async Task WithoutTheBenchmarkSwitchALoopbackBotApiStillCapsSendsAtAThousandASecond()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:GlobalRateLimit"] = "50000");
        });

        Assert.Contains("Telegram:GlobalRateLimit must be between 1 and 1000", string.Join(" | ", Flatten(failure).Select(e => e.Message)));
    }

    [Fact]
    public async Task ABenchmarkAgainstAFakeBotApiOnThisMachineMayLiftTheSendLimitAndTheBotStillAnswers()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s =>
        {
            s["Telegram:LiftSendLimitsForLoopbackBenchmark"] = "true";
            s["Telegram:GlobalRateLimit"] = "50000";
        });

        Assert.StartsWith("http://127.0.0.1:", host.Api.BaseUrl, StringComparison.Ordinal);
        var replies = await host.SendTextAsync(5151, "/start");
        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task TheBotTokenNeverAppearsInTheLogs()
    {
        await using (var host = await TelegramTestHost.StartAsync(TelegramMode.Polling, s => s["Telegram:RetryBaseDelayMilliseconds"] = "20"))
        {
            host.Api.FailNext("getupdates", 500, count: 2);
            host.Api.FailNext("sendmessage", 500);
            await host.SendTextAsync(4343, "/start");
            host.Api.Block(4343);
            await host.SendTextAsync(4343, "menu");

            var secret = host.Api.Token.Split(':')[1];
            Assert.NotEmpty(host.Logs.Lines);
            Assert.Contains(host.Logs.Lines, l => l.Contains("Telegram polling failed", StringComparison.Ordinal)); // errors were logged…
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains(secret, StringComparison.Ordinal)); // …without the token
            Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("/bot", StringComparison.Ordinal));
        }
    }

    private static IEnumerable<Exception> Flatten(Exception e)
    {
        for (Exception? x = e; x is not null; x = x.InnerException)
        {
            yield return x;
            if (x is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
