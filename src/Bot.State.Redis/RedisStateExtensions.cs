using Bot.Dialogs.Channels;
using Bot.Dialogs.State;
using Bot.Dialogs.Understanding.Inbox;
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
    /// after <c>AddBotCore</c>) and <see cref="RedisMissedMessageStore"/> as the misunderstood inbox. Without it: nothing, the
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

        // The misunderstood inbox (a core port) is shared by every instance, beside the conversations.
        services.Replace(ServiceDescriptor.Singleton<IMissedMessageStore>(sp => new RedisMissedMessageStore(
            sp.GetRequiredService<IConnectionMultiplexer>(),
            sp.GetRequiredService<RedisKeySpaces>().Conversations,
            sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    /// <summary>
    /// With <c>Redis:ConnectionString</c> set: the bot's one <see cref="IConnectionMultiplexer"/> (nothing else
    /// connects: every feature's Redis adapter takes this one), the <see cref="RedisKeySpaces"/> each adapter
    /// writes under, the one "redis" readiness check, and <see cref="RedisUnreachableRecipients"/> as every
    /// channel's <see cref="IUnreachableRecipients"/> (replacing an in-memory default). Safe to call from
    /// several features: the second call only answers. Returns false, registering nothing, when Redis is not
    /// configured.
    /// </summary>
    public static bool AddRedisConnection(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisStateOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(RedisStateOptions.ConnectionString)]))
        {
            return false;
        }

        if (services.Any(d => d.ServiceType == typeof(RedisConnectionMarker)))
        {
            return true;
        }

        services.AddSingleton<RedisConnectionMarker>();
        services.AddOptions<RedisStateOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStateOptions>, RedisStateOptionsValidator>());
        services.AddOptions<RedisKeySpaces>().Configure(spaces => spaces.Load(configuration)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisKeySpaces>, RedisKeySpacesValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RedisKeySpaces>>().Value);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IConnectionMultiplexer>(sp => RedisConnection.Connect(
            sp.GetRequiredService<IOptions<RedisStateOptions>>().Value,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Bot.State.Redis")));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
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
