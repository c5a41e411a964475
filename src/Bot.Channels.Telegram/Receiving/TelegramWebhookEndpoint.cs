using System.Text.Json;
using System.Text.Unicode;
using Bot.Http;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Receiving;

/// <summary><c>POST /telegram/webhook</c>: secret checked first, then the update is processed and only then acknowledged.</summary>
/// <remarks>
/// The answer says whether the update was processed: 200 once its turn is committed and answered
/// (or it is a redelivery, or a kind the bot ignores); 503 with <c>Retry-After</c> when nothing was
/// processed (the conversation store is down), so Telegram delivers it again later and it is then
/// processed exactly once. Telegram sends one chat's updates one at a time, so holding the request
/// for the turn keeps each chat in order. A button press answered now gets its spinner stopped by
/// the 200's body, <c>{"method":"answerCallbackQuery",…}</c>, which Telegram runs (one outbound call
/// less per press; <see cref="TelegramOptions.AnswerButtonsInWebhookResponse"/>).
/// </remarks>
public static class TelegramWebhookEndpoint
{
    /// <summary>Largest update accepted; real updates are a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    private const string Example = "Telegram posts one Update object, e.g. {\"update_id\":1,\"message\":{…}}.";

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        TelegramWebhookSecret secret,
        TelegramUpdateHandler handler,
        IHostApplicationLifetime lifetime,
        IOptions<TelegramOptions> options,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!secret.Value.Matches(request.Headers[TelegramChannel.SecretHeader].FirstOrDefault()))
        {
            // Nothing about the request is processed, not even its body.
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "secret");
            return Problems.Of(401, "Unauthorized", $"Missing or wrong {TelegramChannel.SecretHeader} header.");
        }

        var body = await RequestBody.ReadAsync(request, MaxBodyBytes, Example, cancellationToken).ConfigureAwait(false);
        if (body.Bytes is not { } bytes)
        {
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "body");
            return body.Refusal!;
        }

        // A typed message or a button press is read straight into what the channel acts on; anything else
        // (or anything unusual) through Telegram.Bot's Update, as before.
        var answerInResponse = options.Value.AnswerButtonsInWebhookResponse;
        Task<TelegramHandled> handling;
        if (Utf8.IsValid(bytes) && TelegramUpdateReader.TryRead(bytes) is { } inbound)
        {
            // The application's stopping token, not the request's: a turn committed must still be answered
            // when Telegram hangs up early.
            handling = handler.HandleAsync(inbound, answerInResponse, lifetime.ApplicationStopping);
        }
        else if (Parse(bytes) is { } update)
        {
            handling = handler.HandleAsync(update, answerInResponse, lifetime.ApplicationStopping);
        }
        else
        {
            loggers.CreateLogger(typeof(TelegramWebhookEndpoint)).LogInformation("Webhook body refused: not a Telegram Update");
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "body");
            return Problems.BadRequest("Bad update", "The body is not a Telegram Update (UTF-8 JSON with an update_id). " + Example);
        }

        var handled = await handling.ConfigureAwait(false);
        if (handled.Processed)
        {
            return handled.CallbackToAnswer is { } callbackId
                ? new CallbackAnswerResult(callbackId)
                : Results.Ok();
        }

        context.Response.Headers.RetryAfter = "5";
        return Problems.Of(503, "Temporarily unavailable", "The update was not processed (the conversation store is down); deliver it again later.");
    }

    private static Update? Parse(byte[] bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            var update = JsonSerializer.Deserialize<Update>(bytes, JsonBotAPI.Options);
            return update is { Id: > 0 } ? update : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            return null;
        }
    }
}
