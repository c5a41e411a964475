using Bot.Dialogs.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Registers the Redis conversation store when <c>Redis:ConnectionString</c> is set.</summary>
public static class RedisStateExtensions
{
    /// <summary>
    /// With <c>Redis:ConnectionString</c> set: a shared <see cref="IConnectionMultiplexer"/> (other
    /// features may reuse it), <see cref="RedisConversationStore"/> as the <see cref="IConversationStore"/>
    /// (replacing the in-memory default whether called before or after <c>AddBotCore</c>) and a
    /// "redis" health check tagged "ready". Without it: nothing, the in-memory store stays.
    /// </summary>
    public static IServiceCollection AddRedisState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisStateOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(RedisStateOptions.ConnectionString)]))
        {
            return services;
        }

        services.AddOptions<RedisStateOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStateOptions>, RedisStateOptionsValidator>());
        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnection.Connect(
            sp.GetRequiredService<IOptions<RedisStateOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.State.Redis")));
        services.TryAddSingleton(sp => new RedisConversationStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<RedisStateOptions>>().Value,
            sp.GetRequiredService<ILogger<RedisConversationStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<RedisConversationStore>()));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }
}
