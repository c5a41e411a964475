using Bot.Dialogs.Channels;
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
    /// With <c>Redis:ConnectionString</c> set: the shared connection and unreachable marks
    /// (<see cref="AddRedisConnection"/>), <see cref="RedisConversationStore"/> as the
    /// <see cref="IConversationStore"/> (replacing the in-memory default whether called before or
    /// after <c>AddBotCore</c>) and a "redis" health check tagged "ready". Without it: nothing, the
    /// in-memory store stays.
    /// </summary>
    public static IServiceCollection AddRedisState(this IServiceCollection services, IConfiguration configuration)
    {
        if (!services.AddRedisConnection(configuration))
        {
            return services;
        }

        services.TryAddSingleton(sp => new RedisConversationStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<IOptions<RedisStateOptions>>().Value,
            sp.GetRequiredService<ILogger<RedisConversationStore>>()));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<RedisConversationStore>()));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// With <c>Redis:ConnectionString</c> set: the bot's one <see cref="IConnectionMultiplexer"/> (other
    /// features reuse it; safe to call from several of them) and <see cref="RedisUnreachableRecipients"/>
    /// as every channel's <see cref="IUnreachableRecipients"/> (replacing an in-memory default). Returns
    /// false, registering nothing, when Redis is not configured.
    /// </summary>
    public static bool AddRedisConnection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisStateOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(RedisStateOptions.ConnectionString)]))
        {
            return false;
        }

        services.AddOptions<RedisStateOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStateOptions>, RedisStateOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnection.Connect(
            sp.GetRequiredService<IOptions<RedisStateOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.State.Redis")));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RedisStateOptions>>().Value;
            return new RedisUnreachableRecipients(
                sp.GetRequiredService<IConnectionMultiplexer>(),
                options.KeyPrefix,
                options.UnreachableMarkTtl,
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<RedisUnreachableRecipients>>());
        });
        services.Replace(ServiceDescriptor.Singleton<IUnreachableRecipients>(sp => sp.GetRequiredService<RedisUnreachableRecipients>()));
        return true;
    }
}
