using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Telegram;

/// <summary>Checks the Telegram settings at start; each message names the setting and what to put there.</summary>
/// <remarks>Values are never echoed back: the token and secrets must not reach a log.</remarks>
public sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    /// <summary>The start-up error when the retired <c>Telegram:AdminKey</c> is still set: what to set instead.</summary>
    public const string RetiredAdminKey =
        "Telegram:AdminKey is retired: the QR endpoints (/api/admin/qr/…) now use the one admin sign-in. Remove Telegram__AdminKey and give " +
        "whoever prints QR sheets a key in Admin:ApiKeys (any role): Admin__ApiKeys__N__Name, Admin__ApiKeys__N__Sha256 " +
        "(printf %s \"$KEY\" | sha256sum) and Admin__ApiKeys__N__Role (README, 'Admin keys'); send it as 'Authorization: Bearer <key>'.";

    /// <summary>Highest <c>Telegram:GlobalRateLimit</c> a deployment may set (Telegram allows about 30/s).</summary>
    public const int MaxGlobalRateLimit = 1000;

    /// <summary>Highest <c>Telegram:GlobalRateLimit</c> with <see cref="TelegramOptions.LiftSendLimitsForLoopbackBenchmark"/> on a loopback fake.</summary>
    public const int LiftedGlobalRateLimit = 1_000_000;

    private static readonly int[] WebhookPorts = [443, 80, 88, 8443];

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{16,256}$")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{4,31}$")]
    private static partial Regex UsernamePattern();

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var errors = new List<string>();
        if (!TokenPattern().IsMatch(options.BotToken))
        {
            errors.Add("Telegram:BotToken does not look like a bot token (digits, ':', then letters). "
                       + "Set Telegram__BotToken to the token @BotFather gave you, or leave it empty to turn the Telegram channel off.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            ValidateWebhook(options, errors);
        }

        if (options.ApiBaseUrl.Length > 0
            && !(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) && api.Scheme is "http" or "https"))
        {
            errors.Add("Telegram:ApiBaseUrl must be an absolute http(s) URL such as http://127.0.0.1:8081 (a local Bot API server), or empty for Telegram's own.");
        }

        if (options.BotUsername.Length > 0 && !UsernamePattern().IsMatch(options.BotUsername))
        {
            errors.Add("Telegram:BotUsername must be the bot's username without '@' (5–32 letters, digits or '_', e.g. congan_xa_bot).");
        }

        var lifted = options.LiftSendLimitsForLoopbackBenchmark;
        if (lifted && !IsLoopback(options.ApiBaseUrl))
        {
            lifted = false;
            errors.Add("Telegram:LiftSendLimitsForLoopbackBenchmark is for load benchmarks against a fake Bot API on this machine: "
                       + "it needs Telegram:ApiBaseUrl on a loopback address (e.g. http://127.0.0.1:8081). Remove it for Telegram itself.");
        }

        CheckRange(errors, "GlobalRateLimit", options.GlobalRateLimit, 1, lifted ? LiftedGlobalRateLimit : MaxGlobalRateLimit,
            "messages per second over all chats; Telegram allows about 30");
        CheckRange(errors, "PerChatBurst", options.PerChatBurst, 1, 20, "messages sent at once to one chat");
        CheckRange(errors, "MaxRetryAfterSeconds", options.MaxRetryAfterSeconds, 1, 3600, "seconds");
        CheckRange(errors, "MaxAttempts", options.MaxAttempts, 1, 10, "attempts per request");
        CheckRange(errors, "RetryBaseDelayMilliseconds", options.RetryBaseDelayMilliseconds, 1, 60_000, "milliseconds");
        CheckRange(errors, "RequestTimeoutSeconds", options.RequestTimeoutSeconds, 1, 300, "seconds");
        CheckRange(errors, "PollingTimeoutSeconds", options.PollingTimeoutSeconds, 0, 50, "seconds; Telegram holds a poll at most 50");
        CheckRange(errors, "PollingMaxBackoffSeconds", options.PollingMaxBackoffSeconds, 1, 600, "seconds");
        if (!(options.PerChatRate > 0 && options.PerChatRate <= 1000))
        {
            errors.Add("Telegram:PerChatRate must be more than 0 messages per second (Telegram asks for at most 1).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateWebhook(TelegramOptions options, List<string> errors)
    {
        if (!Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var url) || url.Scheme != "https")
        {
            errors.Add("Telegram:WebhookUrl must be the public HTTPS address of this bot ending in /telegram/webhook, "
                       + "e.g. https://bot.example.org/telegram/webhook (webhook mode). For a laptop set Telegram__Mode=polling instead.");
        }
        else if (!WebhookPorts.Contains(url.Port))
        {
            errors.Add("Telegram:WebhookUrl uses a port Telegram does not deliver to: use 443, 80, 88 or 8443.");
        }

        if (!SecretPattern().IsMatch(options.SecretToken))
        {
            errors.Add("Telegram:SecretToken is required in webhook mode: 16–256 characters of A–Z, a–z, 0–9, '_' or '-' "
                       + "(e.g. the output of `openssl rand -hex 32`). Telegram sends it with every update so forged posts are refused.");
        }
    }

    /// <summary>True for an http(s) URL whose host is 127.0.0.0/8, ::1 or localhost; Telegram's own (empty) is not.</summary>
    private static bool IsLoopback(string apiBaseUrl) =>
        Uri.TryCreate(apiBaseUrl, UriKind.Absolute, out var api)
        && api.Scheme is "http" or "https"
        && (api.IsLoopback || (System.Net.IPAddress.TryParse(api.Host, out var ip) && System.Net.IPAddress.IsLoopback(ip)));

    private static void CheckRange(List<string> errors, string name, int value, int min, int max, string unit)
    {
        if (value < min || value > max)
        {
            errors.Add($"Telegram:{name} must be between {min} and {max} ({unit}).");
        }
    }
}
