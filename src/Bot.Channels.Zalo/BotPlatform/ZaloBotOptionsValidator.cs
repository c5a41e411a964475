using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>Checks the Zalo Bot settings at start, naming each key to set.</summary>
internal sealed class ZaloBotOptionsValidator : IValidateOptions<ZaloBotOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloBotOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Token) || !options.Token.Contains(':', StringComparison.Ordinal) || options.Token.Any(char.IsWhiteSpace))
        {
            errors.Add("Set Zalo:Bot:Token to the bot token from Zalo Bot Manager (the form is <bot id>:<secret>).");
        }

        if (options.Mode is not { } mode || !(mode.Equals("webhook", StringComparison.OrdinalIgnoreCase) || mode.Equals("polling", StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add("Set Zalo:Bot:Mode to \"webhook\" or \"polling\".");
        }
        else if (!options.IsPolling && options.SecretToken.Trim().Length is < 8 or > 256)
        {
            errors.Add("Set Zalo:Bot:SecretToken (8–256 characters, the secret_token given to setWebhook), or use Zalo:Bot:Mode=polling.");
        }

        if (options.WebhookUrl.Trim().Length > 0
            && (!Uri.TryCreate(options.WebhookUrl.Trim(), UriKind.Absolute, out var hook) || hook.Scheme is not ("https" or "http")))
        {
            errors.Add("Zalo:Bot:WebhookUrl must be the absolute public address of /zalo/bot/webhook, e.g. https://bot.example.vn/zalo/bot/webhook (or empty to register it yourself).");
        }

        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            errors.Add("Zalo:Bot:ApiBaseUrl must be an absolute http(s) address.");
        }

        if (options.MaxTextLength is < 100 or > 10_000)
        {
            errors.Add("Zalo:Bot:MaxTextLength must be between 100 and 10000 (Zalo allows 2000).");
        }

        if (options.PollTimeoutSeconds is < 1 or > 120)
        {
            errors.Add("Zalo:Bot:PollTimeoutSeconds must be between 1 and 120.");
        }

        if (options.PollMaxBackoff <= TimeSpan.Zero || options.RequestTimeout <= TimeSpan.Zero || options.SetWebhookRetry <= TimeSpan.Zero)
        {
            errors.Add("Zalo:Bot:PollMaxBackoff, Zalo:Bot:RequestTimeout and Zalo:Bot:SetWebhookRetry must be positive durations such as 00:01:00.");
        }

        return errors.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("The Zalo Bot channel is partly configured. " + string.Join(" ", errors) +
                                         " Or remove every Zalo:Bot key to turn the channel off.");
    }
}
