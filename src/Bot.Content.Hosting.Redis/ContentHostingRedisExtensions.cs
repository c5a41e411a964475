using Bot.State.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Content.Hosting.Redis;

/// <summary>Shares the content version in force through Redis when <c>Redis:ConnectionString</c> is set.</summary>
public static class ContentHostingRedisExtensions
{
    /// <summary>
    /// With Redis: replaces the in-process version bus <c>AddContentHosting</c> registers (before or after this
    /// call) with <see cref="RedisContentVersionBus"/> on the shared connection, under
    /// <see cref="RedisKeySpaces.Content"/>, so every instance follows a publish or a rollback. Without Redis:
    /// nothing, this process alone follows its own versions.
    /// </summary>
    public static IServiceCollection AddContentHostingRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.Replace(ServiceDescriptor.Singleton<IContentVersionBus>(sp => new RedisContentVersionBus(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<RedisKeySpaces>().Content,
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<IOptions<ContentOptions>>().Value.PollSeconds is var s and > 0 ? s : 5)),
            sp.GetRequiredService<ILogger<RedisContentVersionBus>>())));
        return services;
    }
}
