using System.Diagnostics;
using System.Globalization;
using Bot.Channels.Telegram;
using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Channels;
using Bot.Testing.Telegram;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

// Measures how fast TelegramSender delivers a broadcast (one message to each of N chats) to the
// loopback fake Bot API, with the global limit at its default (25/s) and effectively off (1000/s).
// Usage: dotnet run -c Release --project benchmarks/Bot.Channels.Telegram.Load -- [messages=200] [runs=5]
var messages = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 200;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;

await using var fake = await FakeBotApi.StartAsync();
using var http = new HttpClient();
var bot = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl) { RetryThreshold = 0 }, http);
Console.WriteLine($"{messages} messages to {messages} chats, {runs} runs each; machine: {Environment.ProcessorCount} cores");
Console.WriteLine("GlobalRateLimit | median msg/s | min | max");
foreach (var limit in new[] { 25, 1000 })
{
    var rates = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var options = Options.Create(new TelegramOptions { BotToken = fake.Token, GlobalRateLimit = limit });
        var sender = new TelegramSender(bot, new InMemoryUnreachableRecipients(TimeProvider.System), options, TimeProvider.System,
            NullLogger<TelegramSender>.Instance);
        var message = new TelegramOutgoing("Cảnh báo: không chuyển tiền cho người lạ &amp; không đọc mã OTP.", null);
        var baseChat = 1_000_000L * (run + 1) * limit;
        var watch = Stopwatch.StartNew();
        var outcomes = await Task.WhenAll(Enumerable.Range(0, messages).Select(i => sender.SendAsync(baseChat + i, message, CancellationToken.None)));
        watch.Stop();
        if (outcomes.Any(o => o.Outcome.Status != SendStatus.Sent))
        {
            throw new InvalidOperationException("a send failed");
        }

        rates.Add(messages / watch.Elapsed.TotalSeconds);
    }

    rates.Sort();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{limit,15} | {rates[rates.Count / 2],12:F1} | {rates[0]:F1} | {rates[^1]:F1}"));
}
