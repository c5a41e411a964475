using System.Text.Json;
using Bot.Dialogs.Pipeline;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary><c>POST /zalo/bot/webhook</c>: check <c>X-Bot-Api-Secret-Token</c> in constant time, then handle the update.</summary>
internal static class ZaloBotWebhookEndpoint
{
    public const string SecretHeader = "X-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<ZaloBotOptions> options,
        ZaloBotUpdateHandler handler,
        ILoggerFactory loggers,
        IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger("Bot.Channels.Zalo.BotPlatform.Webhook");
        var secret = request.Headers.TryGetValue(SecretHeader, out var values) ? values.ToString() : null;
        if (settings.IsPolling || !SecretComparer.AreEqual(secret, settings.SecretToken.Trim()))
        {
            logger.LogWarning("Zalo Bot webhook refused: {Reason}", settings.IsPolling ? "the channel is polling" : secret is null ? "no secret header" : "wrong secret");
            BotMetrics.RecordWebhookRejection(ZaloChannels.Bot, "secret");
            return Results.Problem(statusCode: 401, title: "Secret not accepted", detail: "Missing or wrong " + SecretHeader + ".");
        }

        var body = await RawBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            BotMetrics.RecordWebhookRejection(ZaloChannels.Bot, "body");
            return Results.Problem(statusCode: 413, title: "Body too large", detail: $"Webhook bodies are limited to {settings.MaxBodyBytes} bytes.");
        }

        ZaloBotUpdate? update;
        try
        {
            using var document = JsonDocument.Parse(body);
            update = ZaloBotUpdate.Parse(document.RootElement);
        }
        catch (JsonException)
        {
            BotMetrics.RecordWebhookRejection(ZaloChannels.Bot, "body");
            return Results.Problem(statusCode: 400, title: "Invalid update", detail: "The body is not JSON.");
        }

        if (update is null)
        {
            return Results.Ok(); // an update without a message (or a shape we do not know): nothing to answer
        }

        try
        {
            // Not the request's token: Zalo may hang up after ~2 s, and a turn already committed must still be answered.
            await handler.HandleAsync(update, lifetime.ApplicationStopping);
            return Results.Ok();
        }
        catch (Exception ex) when (ex is StoreUnavailableException or TurnConflictException)
        {
            logger.LogWarning("Zalo Bot update not processed ({Reason})", ex.GetType().Name);
            return Results.Problem(statusCode: 503, title: "Temporarily unavailable", detail: "Nothing was processed; deliver the update again later.");
        }
    }
}
