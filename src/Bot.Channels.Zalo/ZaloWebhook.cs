using System.Text.Json;
using Bot.Http;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Channels.Zalo;

/// <summary>What the OA and Zalo Bot webhooks do alike: read the raw body within a limit, parse it, and answer for a verified update.</summary>
internal static class ZaloWebhook
{
    /// <summary>The exact bytes received, or a counted 413 (or 400 for a body that could not be read).</summary>
    public static async Task<(byte[]? Body, IResult? Refusal)> ReadBodyAsync(
        HttpRequest request, int maxBytes, string channel, CancellationToken cancellationToken)
    {
        var read = await RequestBody.ReadAsync(request, maxBytes, null, cancellationToken);
        if (read.Bytes is { } body)
        {
            return (body, null);
        }

        BotMetrics.RecordWebhookRejection(channel, "body");
        return (null, read.Refusal);
    }

    /// <summary>The verified body as JSON, or a counted 400 for one that is not UTF-8 JSON.</summary>
    public static (JsonDocument? Document, IResult? Refusal) ParseBody(ReadOnlyMemory<byte> body, string channel)
    {
        var (document, undecodable) = JsonBody.Parse(body, null);
        if (document is null)
        {
            BotMetrics.RecordWebhookRejection(channel, "body");
        }

        return (document, undecodable);
    }

    /// <summary>
    /// 200 once a verified update was processed; 503 when it was not (the conversation store is down,
    /// or the version race was lost), so Zalo delivers it again later and it is then processed once.
    /// </summary>
    public static IResult Answer(bool processed, ILogger logger, string what)
    {
        if (processed)
        {
            return Results.Ok();
        }

        logger.LogWarning("{What} not processed; Zalo will deliver it again", what);
        return Problems.Of(503, "Temporarily unavailable", "Nothing was processed; deliver the update again later.");
    }
}
