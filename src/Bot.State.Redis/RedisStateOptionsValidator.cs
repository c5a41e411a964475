using Microsoft.Extensions.Options;

namespace Bot.State.Redis;

/// <summary>Checks <see cref="RedisStateOptions"/> at start, with messages that say what to set.</summary>
public sealed class RedisStateOptionsValidator : IValidateOptions<RedisStateOptions>
{
    public ValidateOptionsResult Validate(string? name, RedisStateOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            errors.Add("Redis:ConnectionString is empty; set Redis__ConnectionString (e.g. 127.0.0.1:6379) or remove the Redis section to use the in-memory store.");
        }

        if (options.KeyPrefix.Length > 64 || options.KeyPrefix.IndexOfAny(['{', '}', ' ', '\r', '\n']) >= 0)
        {
            // Braces would change which part of the key Redis Cluster hashes, splitting a conversation's keys across slots.
            errors.Add($"Redis:KeyPrefix \"{options.KeyPrefix}\" must be at most 64 characters without braces, spaces or line breaks; e.g. \"bot:\".");
        }

        if (options.ConversationTtl < TimeSpan.FromMinutes(1))
        {
            errors.Add($"Redis:ConversationTtl is {options.ConversationTtl}; set at least one minute, e.g. \"30.00:00:00\" for 30 days.");
        }

        if (options.DeduplicationWindow < TimeSpan.FromMinutes(1))
        {
            errors.Add($"Redis:DeduplicationWindow is {options.DeduplicationWindow}; set at least one minute (platforms redeliver for hours), e.g. \"1.00:00:00\".");
        }

        if (options.UnreachableMarkTtl < TimeSpan.FromMinutes(1))
        {
            errors.Add($"Redis:UnreachableMarkTtl is {options.UnreachableMarkTtl}; set at least one minute, e.g. \"90.00:00:00\".");
        }

        if (options.RecentConversations is < 0 or > 1_000_000)
        {
            errors.Add($"Redis:RecentConversations is {options.RecentConversations}; set 0 (off) to 1000000 (about 1 KB of memory each), e.g. 10000.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
