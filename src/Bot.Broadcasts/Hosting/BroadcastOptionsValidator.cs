using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Hosting;

/// <summary>Fails start-up with every problem in <c>Broadcasts</c>, each saying what to set.</summary>
public sealed class BroadcastOptionsValidator : IValidateOptions<BroadcastOptions>
{
    public ValidateOptionsResult Validate(string? name, BroadcastOptions options)
    {
        var problems = options.Validate().ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
