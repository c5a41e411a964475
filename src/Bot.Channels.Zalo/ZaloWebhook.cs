using Bot.Dialogs.Pipeline;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo;

/// <summary>What the OA and Zalo Bot webhooks do alike: read the raw body within a limit, and run a verified update's turn.</summary>
internal static class ZaloWebhook
{
    /// <summary>The exact bytes received, or a counted 413 when the body is over <paramref name="maxBytes"/>.</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadBodyAsync(
        HttpRequest request, int maxBytes, string channel, CancellationToken cancellationToken)
    {
        var body = await RawBody.ReadAsync(request, maxBytes, cancellationToken);
        if (body is not null)
        {
            return (body, null);
        }

        BotMetrics.RecordWebhookRejection(channel, "body");
        return (null, Results.Problem(statusCode: 413, title: "Body too large", detail: $"Webhook bodies are limited to {maxBytes} bytes."));
    }

    /// <summary>
    /// Runs the turn of a verified update: 200 once handled, 503 when the conversation store is down
    /// or the version race was lost, so Zalo delivers the update again later (answered once then).
    /// </summary>
    /// <remarks>
    /// Runs on the application's stopping token, not the request's: Zalo may hang up after about two
    /// seconds, and a turn already committed must still be answered.
    /// </remarks>
    public static async Task<IResult> RunTurnAsync(
        Func<CancellationToken, Task> handle, IHostApplicationLifetime lifetime, ILogger logger, string what)
    {
        try
        {
            await handle(lifetime.ApplicationStopping);
            return Results.Ok();
        }
        catch (Exception ex) when (ex is StoreUnavailableException or TurnConflictException)
        {
            logger.LogWarning("{What} not processed ({Reason}); Zalo will deliver it again", what, ex.GetType().Name);
            return Results.Problem(statusCode: 503, title: "Temporarily unavailable", detail: "Nothing was processed; deliver the update again later.");
        }
    }
}
