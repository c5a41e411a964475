using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Checks the OA settings at start, naming each key to set.</summary>
internal sealed class ZaloOaOptionsValidator : IValidateOptions<ZaloOaOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOaOptions options)
    {
        var errors = new List<string>();
        Require(errors, options.AppId, "Zalo:OA:AppId", "the app id from the Zalo developers' console");
        Require(errors, options.AppSecret, "Zalo:OA:AppSecret", "the app secret (used to refresh tokens)");
        Require(errors, options.OaSecretKey, "Zalo:OA:OaSecretKey", "the OA Secret Key from the app's webhook settings");
        Require(errors, options.RefreshToken, "Zalo:OA:RefreshToken", "the refresh token from authorizing the OA");
        Url(errors, options.ApiBaseUrl, "Zalo:OA:ApiBaseUrl");
        Url(errors, options.OAuthBaseUrl, "Zalo:OA:OAuthBaseUrl");
        if (string.IsNullOrWhiteSpace(options.TokenStorePath))
        {
            errors.Add("Set Zalo:OA:TokenStorePath to a file on persistent storage (rotated refresh tokens are kept there).");
        }

        Positive(errors, options.WebhookMaxAge, "Zalo:OA:WebhookMaxAge");
        Positive(errors, options.RefreshLeaseDuration, "Zalo:OA:RefreshLeaseDuration");
        Positive(errors, options.RequestTimeout, "Zalo:OA:RequestTimeout");
        Positive(errors, options.RetryBackoff, "Zalo:OA:RetryBackoff");
        if (options.MaxTextLength is < 100 or > 10_000)
        {
            errors.Add("Zalo:OA:MaxTextLength must be between 100 and 10000 (Zalo allows 2000).");
        }

        if (options.MaxButtons is < 1 or > 10)
        {
            errors.Add("Zalo:OA:MaxButtons must be between 1 and 10 (Zalo allows 5).");
        }

        if (options.MaxButtonTitleLength < 10)
        {
            errors.Add("Zalo:OA:MaxButtonTitleLength must be at least 10.");
        }

        if (options.MaxSendAttempts is < 1 or > 50)
        {
            errors.Add("Zalo:OA:MaxSendAttempts must be between 1 and 50.");
        }

        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("The Zalo OA channel is partly configured. " + string.Join(" ", errors) +
                                         " Or remove every Zalo:OA key to turn the channel off.");
    }

    private static void Require(List<string> errors, string value, string key, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"Set {key} ({what}).");
        }
    }

    private static void Url(List<string> errors, string value, string key)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            errors.Add($"{key} must be an absolute http(s) address.");
        }
    }

    private static void Positive(List<string> errors, TimeSpan value, string key)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{key} must be a positive duration such as 00:15:00.");
        }
    }
}
