using System.Security.Cryptography;
using System.Text;
using Bot.Testing.Telegram;
using Bot.Testing.Zalo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Fuzz;

/// <summary>
/// The real bot as a process (real Kestrel: chunked bodies and limits behave as in production) with every
/// channel and feature on: Redis, the Telegram webhook, Zalo OA and Zalo Bot webhooks, admin keys of every
/// role, the dashboard. Platform APIs are loopback fakes.
/// </summary>
internal sealed class FuzzedHost : IAsyncDisposable
{
    public const string TelegramSecret = "fuzz_secret-0123456789abcdef";
    public const string ZaloBotSecret = "zalo-bot-secret-for-fuzz";
    public const string ZaloBotToken = "1459232241454765289:fuzz-bot-secret";

    /// <summary>Admin keys by role (plus none and a wrong one), as the fuzzer sends them.</summary>
    public static readonly string?[] AdminKeys =
    [
        null, "wrong-key-0123456789abcdef-0123456789", "fuzz-officer-key-0123456789abcdef", "fuzz-approver-key-0123456789abcdef",
        "fuzz-admin-key-0123456789abcdef", "fuzz-editor-key-0123456789abcdef",
    ];

    private static readonly string[] Roles = ["officer", "approver", "admin", "editor"];

    private readonly RedisServer _redis;
    private readonly FakeBotApi _telegram;
    private readonly FakeZaloOaApi _zalo;

    private FuzzedHost(RedisServer redis, FakeBotApi telegram, FakeZaloOaApi zalo, HostProcess host)
    {
        _redis = redis;
        _telegram = telegram;
        _zalo = zalo;
        Process = host;
    }

    public HostProcess Process { get; }

    public static async Task<(FuzzedHost Host, IReadOnlyList<(string Method, string Pattern)> Routes)> StartAsync()
    {
        var redis = await RedisServer.StartAsync();
        var telegram = await FakeBotApi.StartAsync();
        var zalo = await FakeZaloOaApi.StartAsync();
        try
        {
            var settings = Settings(redis, telegram, zalo);
            var routes = Routes(settings);
            var host = await HostProcess.StartAsync(environment: settings.ToDictionary(kv => kv.Key.Replace(":", "__", StringComparison.Ordinal), kv => kv.Value));
            return (new FuzzedHost(redis, telegram, zalo, host), routes);
        }
        catch
        {
            // A failed start must not leave a redis-server or a fake running.
            await zalo.DisposeAsync();
            await telegram.DisposeAsync();
            await redis.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Process.DisposeAsync();
        await _zalo.DisposeAsync();
        await _telegram.DisposeAsync();
        await _redis.DisposeAsync();
    }

    private static Dictionary<string, string> Settings(RedisServer redis, FakeBotApi telegram, FakeZaloOaApi zalo)
    {
        var settings = new Dictionary<string, string>
        {
            ["Content:Path"] = Path.Combine(RepositoryPaths.Root, "content"),
            ["Redis:ConnectionString"] = redis.Endpoint,
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram:SecretToken"] = TelegramSecret,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram:PerChatRate"] = "1000",
            ["Telegram:PerChatBurst"] = "20",
            ["Telegram:GlobalRateLimit"] = "1000",
            ["Zalo:OA:AppId"] = FakeZaloOaApi.AppId,
            ["Zalo:OA:AppSecret"] = FakeZaloOaApi.AppSecret,
            ["Zalo:OA:OaSecretKey"] = FakeZaloOaApi.OaSecretKey,
            ["Zalo:OA:AccessToken"] = zalo.AccessToken(1),
            ["Zalo:OA:RefreshToken"] = zalo.RefreshToken(1),
            ["Zalo:OA:ApiBaseUrl"] = zalo.BaseUrl,
            ["Zalo:OA:OAuthBaseUrl"] = zalo.BaseUrl,
            ["Zalo:Bot:Token"] = ZaloBotToken,
            ["Zalo:Bot:SecretToken"] = ZaloBotSecret,
            ["Zalo:Bot:ApiBaseUrl"] = zalo.BaseUrl, // answers 404 to Zalo Bot calls: replies fail, which is fine here
            ["Admin:LinkSigningKey"] = "link-signing-key-for-fuzz-0123456789abcdef",
            ["Admin:PublicBaseUrl"] = "http://127.0.0.1",
            ["Admin:SignIn:FreeAttempts"] = "1000000", // the fuzzer sends wrong keys on purpose; a 429 would hide what the routes answer
            ["Logging:LogLevel:Default"] = "Warning",
        };
        for (var i = 0; i < Roles.Length; i++)
        {
            settings[$"Admin:ApiKeys:{i}:Name"] = "fuzz-" + Roles[i];
            settings[$"Admin:ApiKeys:{i}:Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(AdminKeys[i + 2]!)));
            settings[$"Admin:ApiKeys:{i}:Role"] = Roles[i];
            settings[$"Admin:ApiKeys:{i}:Areas:0"] = "*";
        }

        return settings;
    }

    /// <summary>Every route the same configuration maps (read from the endpoint data source of an in-memory copy of the host).</summary>
    private static IReadOnlyList<(string Method, string Pattern)> Routes(Dictionary<string, string> settings)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
        var routes = new List<(string, string)>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.Trim('/'); // a group's "" route ends in '/'; the path is the same
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            routes.AddRange(methods.Select(m => (m, pattern)));
        }

        return routes.Distinct().OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.Item1, StringComparer.Ordinal).ToList();
    }
}
