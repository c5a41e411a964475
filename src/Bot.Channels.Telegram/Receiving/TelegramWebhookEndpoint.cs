using System.Text.Json;
using Bot.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Channels.Telegram.Receiving;

/// <summary><c>POST /telegram/webhook</c>: secret checked first, then the update is queued and acknowledged.</summary>
public static class TelegramWebhookEndpoint
{
    /// <summary>Largest update accepted; real updates are a few kilobytes.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    public static async Task<IResult> HandleAsync(
        HttpContext context,
        TelegramWebhookSecret secret,
        TelegramUpdateDispatcher dispatcher,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!secret.Value.Matches(request.Headers[TelegramChannel.SecretHeader].FirstOrDefault()))
        {
            // Nothing about the request is processed, not even its body.
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "secret");
            return Results.Problem(statusCode: 401, title: "Unauthorized",
                detail: $"Missing or wrong {TelegramChannel.SecretHeader} header.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "body");
            return Results.Problem(statusCode: 413, title: "Too large", detail: "A Telegram update is at most a few kilobytes.");
        }

        var (update, error) = await ReadAsync(request, cancellationToken).ConfigureAwait(false);
        if (update is null)
        {
            loggers.CreateLogger(typeof(TelegramWebhookEndpoint)).LogInformation("Webhook body refused: {Reason}", error);
            BotMetrics.RecordWebhookRejection(TelegramChannel.Name, "body");
            return Results.Problem(statusCode: 400, title: "Bad update", detail: error);
        }

        if (TelegramUpdateMapper.Map(update) is not { } inbound)
        {
            return Results.Ok(); // a type the bot does not use: acknowledged so Telegram does not resend it
        }

        if (!dispatcher.TryEnqueue(inbound))
        {
            context.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: 503, title: "Busy", detail: "Too many updates waiting; Telegram will deliver this one again.");
        }

        return Results.Ok();
    }

    private static async Task<(Update? Update, string? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return (null, "The body is larger than a Telegram update can be.");
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var update = JsonSerializer.Deserialize<Update>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), JsonBotAPI.Options);
            return update is null || update.Id <= 0
                ? (null, "The body must be a Telegram Update object with an update_id.")
                : (update, null);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return (null, "The body is not a valid Telegram Update (JSON).");
        }
    }
}
