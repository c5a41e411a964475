using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.State.Redis;

/// <summary>Opens the one shared multiplexer with the settings a chatbot needs.</summary>
public static class RedisConnection
{
    /// <summary>
    /// Parses <see cref="RedisStateOptions.ConnectionString"/> and connects without blocking start-up
    /// on an unreachable server: the bot starts, answers "try again later", and reconnects by itself.
    /// </summary>
    public static IConnectionMultiplexer Connect(RedisStateOptions options, ILogger? logger = null)
    {
        var config = Configure(options.ConnectionString);
        var redis = ConnectionMultiplexer.Connect(config);
        if (logger is not null)
        {
            // Endpoints and failure kinds only: the connection string may hold a password.
            redis.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection to {Endpoint} failed: {FailureType}", e.EndPoint, e.FailureType);
            redis.ConnectionRestored += (_, e) => logger.LogInformation("Redis connection to {Endpoint} restored", e.EndPoint);
        }

        return redis;
    }

    /// <summary>
    /// For a command-line verb: connects at once or throws <see cref="RedisConnectionException"/>, so the
    /// operator reads "cannot reach Redis" instead of a command that waits and then times out.
    /// </summary>
    public static async Task<IConnectionMultiplexer> ConnectNowAsync(string connectionString)
    {
        var config = ConfigurationOptions.Parse(connectionString);
        config.ClientName ??= "bot-cli";
        return await ConnectionMultiplexer.ConnectAsync(config).ConfigureAwait(false);
    }

    /// <summary>The client settings: never abort on connect failure, fail fast while disconnected, reconnect quickly.</summary>
    public static ConfigurationOptions Configure(string connectionString)
    {
        var config = ConfigurationOptions.Parse(connectionString);
        config.AbortOnConnectFail = false;
        // A resident waiting 5 s for a queued command is worse than an immediate "try again":
        // the web chat answers 503 at once and webhook platforms redeliver later.
        config.BacklogPolicy = BacklogPolicy.FailFast;
        config.ReconnectRetryPolicy = new ExponentialRetry(250, 5_000);
        config.ClientName ??= "bot";
        return config;
    }
}
