namespace Bot.State.Redis;

/// <summary>Registered once with the connection, so a second <c>AddRedisConnection</c> adds no second health check.</summary>
internal sealed class RedisConnectionMarker;
