using Microsoft.Extensions.Options;

namespace Bot.State.Redis;

/// <summary>Checks the feature prefixes at start (<c>Redis:KeyPrefix</c> itself is checked with the other <c>Redis:</c> settings).</summary>
public sealed class RedisKeySpacesValidator : IValidateOptions<RedisKeySpaces>
{
    public ValidateOptionsResult Validate(string? name, RedisKeySpaces options)
    {
        var errors = new List<string>();
        foreach (var (setting, prefix, example) in new[]
                 {
                     ("Broadcasts:KeyPrefix", options.Broadcasts, "bc:"), ("Fraud:RedisKeyPrefix", options.Fraud, "fraud:"),
                 })
        {
            // Braces would change which part of a key Redis Cluster hashes; the features use their own hash tags.
            if (prefix.Length is 0 or > 64 || prefix.IndexOfAny(['{', '}', ' ', '\r', '\n']) >= 0)
            {
                errors.Add($"{setting} \"{prefix}\" must be 1 to 64 characters without braces, spaces or line breaks; e.g. \"{example}\".");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
