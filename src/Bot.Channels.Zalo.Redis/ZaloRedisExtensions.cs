using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.Tokens;
using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Channels.Zalo.Redis;

/// <summary>Shares the Zalo OA's rotating token pair through Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class ZaloRedisExtensions
{
    /// <summary>
    /// With Redis and the OA configured: replaces the encrypted token file <c>AddZalo</c> registers (before
    /// or after this call) with <see cref="RedisZaloTokenStore"/> on the shared connection, so every instance
    /// refreshes one pair. The unreachable marks every channel shares come with the connection itself.
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
        return services;
    }
}
