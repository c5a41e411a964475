using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Testing.Telegram;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Telegram.Tests;

/// <summary>The real app (WebApplicationFactory&lt;Program&gt;) talking to a fake Bot API through the real Telegram.Bot client.</summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    public const string Secret = "test_secret-0123456789abcdef";
    public const string AdminKey = "admin-key-0123456789abcdef";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly TelegramWebhookChat _webhook;

    private TelegramTestHost(FakeBotApi api, WebApplicationFactory<Program> factory, HttpClient client, TelegramMode mode, LogSink logs)
    {
        Api = api;
        Factory = factory;
        Client = client;
        Mode = mode;
        Logs = logs;
        _webhook = new TelegramWebhookChat(api, client, Secret);
    }

    public FakeBotApi Api { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public TelegramMode Mode { get; }

    public LogSink Logs { get; }

    public IServiceProvider Services => Factory.Services;

    /// <summary>
    /// Starts the fake API and the app. Defaults keep conversations fast (per-chat pacing is raised);
    /// tests of pacing and flood control pass the real defaults through <paramref name="settings"/>.
    /// </summary>
    public static async Task<TelegramTestHost> StartAsync(
        TelegramMode mode,
        Action<Dictionary<string, string?>>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var api = await FakeBotApi.StartAsync();
        var config = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:Mode"] = mode.ToString().ToLowerInvariant(),
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:SecretToken"] = Secret,
            // The QR sheet is behind the one admin sign-in: an editor key in Admin:ApiKeys.
            ["Admin:ApiKeys:0:Name"] = "qr-printer",
            ["Admin:ApiKeys:0:Sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(AdminKey))),
            ["Admin:ApiKeys:0:Role"] = "editor",
            ["Telegram:PerChatRate"] = "1000",
            ["Telegram:PerChatBurst"] = "20",
            ["Telegram:GlobalRateLimit"] = "1000",
            ["Telegram:RetryBaseDelayMilliseconds"] = "50",
            ["Telegram:PollingTimeoutSeconds"] = "10",
        };
        settings?.Invoke(config);
        var logs = new LogSink();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in config)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging =>
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(logs);
            });
            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        });
        HttpClient client;
        try
        {
            client = factory.CreateClient();
        }
        catch
        {
            // A host that refuses to start (a test of a start-up error) must not leave the fake API running.
            await factory.DisposeAsync();
            await api.DisposeAsync();
            throw;
        }

        return new TelegramTestHost(api, factory, client, mode, logs);
    }

    /// <summary>The resident types <paramref name="text"/>; returns the messages the bot answered with.</summary>
    public Task<IReadOnlyList<FakeMessage>> SendTextAsync(long chatId, string text, string languageCode = "vi") =>
        DeliverAsync(chatId, Api.TextUpdate(chatId, text, languageCode));

    /// <summary>The resident presses a button of <paramref name="message"/>; returns the bot's answer.</summary>
    public Task<IReadOnlyList<FakeMessage>> PressAsync(FakeMessage message, string callbackData) =>
        DeliverAsync(message.ChatId, Api.PressUpdate(message, callbackData));

    /// <summary>
    /// Delivers an update the way the mode does and waits until the bot is done with it: the webhook
    /// answers 200 only once the turn is committed and answered; a polled update is confirmed (the
    /// next poll's offset passes it) only once its batch was processed.
    /// </summary>
    public async Task<IReadOnlyList<FakeMessage>> DeliverAsync(long chatId, JsonObject update)
    {
        if (Mode == TelegramMode.Webhook)
        {
            return await _webhook.DeliverAsync(chatId, update);
        }

        var before = Api.MessagesIn(chatId).Count;
        Api.Enqueue(update);
        await Api.WaitConfirmedAsync(update["update_id"]!.GetValue<int>(), Patience);
        return Api.MessagesIn(chatId).Skip(before).ToList();
    }

    public Task<HttpResponseMessage> PostWebhookAsync(string body, string? secret = Secret)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAdminAsync(string path, string? key = AdminKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Api.DisposeAsync();
    }
}
