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

        var (body, tooLarge) = await ZaloWebhook.ReadBodyAsync(request, settings.MaxBodyBytes, ZaloChannels.Bot, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
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

        return await ZaloWebhook.RunTurnAsync(token => handler.HandleAsync(update, token), lifetime, logger, "Zalo Bot update");
    }
}
