using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>Checks the alert settings at start.</summary>
internal sealed class ZaloOaAlertOptionsValidator : IValidateOptions<ZaloOaAlertOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOaAlertOptions options)
    {
        var errors = options.Validate().ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(string.Join(" ", errors));
    }
}
