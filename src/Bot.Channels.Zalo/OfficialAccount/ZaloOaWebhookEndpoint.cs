using System.Globalization;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary><c>POST /zalo/oa/webhook</c>: verify, refuse replays, then hand the event to <see cref="ZaloOaEventHandler"/>.</summary>
/// <remarks>
/// Fails closed: any doubt about the signature is a 401 and nothing is processed; nothing but the
/// signed timestamp is read before the signature is checked. A verified body that is not UTF-8 JSON
/// gets 400. A verified event is answered 200 once handled (Zalo wants an answer within about two seconds and may deliver again;
/// redeliveries are answered once thanks to the msg_id). If the conversation store is down the
/// answer is 503, so Zalo delivers the event again later.
/// </remarks>
internal static class ZaloOaWebhookEndpoint
{
    public const string SignatureHeader = "X-ZEvent-Signature";

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<ZaloOaOptions> options,
        ZaloOaEventHandler handler,
        TimeProvider time,
        ILoggerFactory loggers,
        IHostApplicationLifetime lifetime,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var logger = loggers.CreateLogger("Bot.Channels.Zalo.OfficialAccount.Webhook");
        var (body, tooLarge) = await ZaloWebhook.ReadBodyAsync(request, settings.MaxBodyBytes, ZaloChannels.OfficialAccount, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        // The signature first: only the timestamp it covers is read from the body (no parsing of the
        // event, no string decoding) until the signature holds.
        var signature = request.Headers[SignatureHeader].ToString();
        if (ZaloOaSignature.TimestampOf(body) is not { } timestamp)
        {
            logger.LogWarning("Zalo OA webhook refused: no timestamp in the body, so its signature cannot be checked");
            return Unauthorized("body", "The event has no timestamp; the signature cannot be checked.");
        }

        if (!ZaloOaSignature.Verify(signature, settings.AppId, body, timestamp, settings.OaSecretKey))
        {
            logger.LogWarning("Zalo OA webhook refused: {Reason}", signature.Length == 0 ? "no " + SignatureHeader + " header" : "signature mismatch");
            return Unauthorized("signature", "Missing or wrong " + SignatureHeader + ".");
        }

        var (document, undecodable) = ZaloWebhook.ParseBody(body, ZaloChannels.OfficialAccount);
        if (document is null)
        {
            return undecodable!;
        }

        ZaloOaEvent e;
        using (document)
        {
            e = ZaloOaEvent.Parse(document.RootElement) with { Timestamp = timestamp };
        }

        if (!long.TryParse(e.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return Unauthorized("body", "The timestamp is not a number.");
        }

        var age = time.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(ms, 0, 253_402_300_799_999));
        if (age > settings.WebhookMaxAge || age < -settings.WebhookClockSkew)
        {
            logger.LogWarning("Zalo OA webhook refused: event {Event} is {Age} old (allowed {MaxAge}); a replay or a badly delayed retry",
                e.Name, age, settings.WebhookMaxAge);
            return Unauthorized("stale", "The event is too old (or from the future) and is treated as a replay.");
        }

        // The application's stopping token, not the request's: Zalo may hang up after about two seconds,
        // and a turn already committed must still be answered.
        return ZaloWebhook.Answer(await handler.HandleAsync(e, lifetime.ApplicationStopping), logger, "Zalo OA event " + e.Name);
    }

    /// <summary>401, counted by <paramref name="reason"/> ("body", "signature", "stale") so a flood of forgeries shows on the dashboard.</summary>
    private static IResult Unauthorized(string reason, string detail)
    {
        BotMetrics.RecordWebhookRejection(ZaloChannels.OfficialAccount, reason);
        return Results.Problem(statusCode: 401, title: "Signature not accepted", detail: detail);
    }
}
