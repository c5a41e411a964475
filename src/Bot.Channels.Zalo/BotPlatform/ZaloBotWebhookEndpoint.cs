using Bot.Dialogs.Channels;
using Bot.Http;
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
        if (settings.IsPolling || !new ConstantTimeSecret(settings.SecretToken.Trim()).Matches(secret))
        {
            logger.LogWarning("Zalo Bot webhook refused: {Reason}", settings.IsPolling ? "the channel is polling" : secret is null ? "no secret header" : "wrong secret");
            BotMetrics.RecordWebhookRejection(ZaloChannels.Bot, "secret");
            return Problems.Of(401, "Secret not accepted", "Missing or wrong " + SecretHeader + ".");
        }

        var (body, tooLarge) = await ZaloWebhook.ReadBodyAsync(request, settings.MaxBodyBytes, ZaloChannels.Bot, cancellationToken);
        if (body is null)
        {
            return tooLarge!;
        }

        var (document, undecodable) = ZaloWebhook.ParseBody(body, ZaloChannels.Bot);
        if (document is null)
        {
            return undecodable!;
        }

        ZaloBotUpdate? update;
        using (document)
        {
            update = ZaloBotUpdate.Parse(document.RootElement);
        }

        if (update is null)
        {
            return Results.Ok(); // an update without a message (or a shape we do not know): nothing to answer
        }

        // The application's stopping token, not the request's: a turn committed must still be answered.
        return ZaloWebhook.Answer(await handler.HandleAsync(update, lifetime.ApplicationStopping), logger, "Zalo Bot update");
    }
}
