using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.Redis;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tokens;
using Bot.Dialogs.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>
/// One "instance" of the bot's OA token handling: its own service container built by <c>AddZalo</c>
/// with Redis configured, so its own Redis connection, token store and token manager.
/// </summary>
public sealed class OaInstance : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private OaInstance(ServiceProvider services) => _services = services;

    public ZaloOaTokenManager Tokens => _services.GetRequiredService<ZaloOaTokenManager>();

    public IZaloTokenStore Store => _services.GetRequiredService<IZaloTokenStore>();

    public IUnreachableRecipients Unreachable => _services.GetRequiredService<IUnreachableRecipients>();

    public IConnectionMultiplexer Redis => _services.GetRequiredService<IConnectionMultiplexer>();

    public ZaloApiStatus Status => _services.GetRequiredKeyedService<ZaloApiStatus>(ZaloChannels.OfficialAccount);

    public static OaInstance Start(string redis, string keyPrefix, FakeZaloOaApi oa, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis,
            ["Redis:KeyPrefix"] = keyPrefix,
            ["Zalo:OA:AppId"] = FakeZaloOaApi.AppId,
            ["Zalo:OA:AppSecret"] = FakeZaloOaApi.AppSecret,
            ["Zalo:OA:OaSecretKey"] = FakeZaloOaApi.OaSecretKey,
            ["Zalo:OA:AccessToken"] = oa.AccessToken(1),
            ["Zalo:OA:RefreshToken"] = oa.RefreshToken(1),
            ["Zalo:OA:ApiBaseUrl"] = oa.BaseUrl,
            ["Zalo:OA:OAuthBaseUrl"] = oa.BaseUrl,
            // Never used with Redis: a file appearing here would mean the tokens went to disk.
            ["Zalo:OA:TokenStorePath"] = Path.Combine(Path.GetTempPath(), "zalo-redis-" + Guid.NewGuid().ToString("N"), "tokens.json"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddZalo(configuration).AddZaloRedis(configuration);
        return new OaInstance(services.BuildServiceProvider());
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
