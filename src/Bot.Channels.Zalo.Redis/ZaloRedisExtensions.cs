using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.OfficialAccount.Alerts;
using Bot.Channels.Zalo.Tokens;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Channels.Zalo.Redis;

/// <summary>Shares the Zalo OA's rotating token pair and its contact book through Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class ZaloRedisExtensions
{
    /// <summary>
    /// With Redis and the OA configured: replaces the encrypted token file <c>AddZalo</c> registers (before
    /// or after this call) with <see cref="RedisZaloTokenStore"/> on the shared connection, so every instance
    /// refreshes one pair, and the in-memory contact book (who wrote when, who follows) with
    /// <see cref="RedisZaloContactBook"/>, so every instance routes an alert the same way. The unreachable
    /// marks every channel shares come with the connection itself.
    /// Without Redis or without the OA: nothing.
    /// </summary>
    public static IServiceCollection AddZaloRedis(this IServiceCollection services, IConfiguration configuration)
    {
        var oa = configuration.GetSection(ZaloOaOptions.Section).Get<ZaloOaOptions>() ?? new ZaloOaOptions();
        if (!oa.IsConfigured || !services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.Replace(ServiceDescriptor.Singleton<IZaloTokenStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ZaloOaOptions>>().Value;
            return new RedisZaloTokenStore(sp.GetRequiredService<IConnectionMultiplexer>(), new ZaloTokenProtector(options.AppSecret),
                sp.GetRequiredService<RedisKeySpaces>().ZaloTokens, options.AppId);
        }));
        services.Replace(ServiceDescriptor.Singleton<IZaloContactBook>(sp => new RedisZaloContactBook(sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<RedisKeySpaces>().ZaloContacts, sp.GetRequiredService<IOptions<ZaloOaOptions>>().Value.AppId,
            sp.GetRequiredService<ILogger<RedisZaloContactBook>>())));
        return services;
    }
}
