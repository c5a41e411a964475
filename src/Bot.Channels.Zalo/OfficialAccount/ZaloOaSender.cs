using System.Text.Json.Nodes;
using Bot.Channels.Zalo.Tokens;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Sends one customer-service message to one user, handling tokens and Zalo's answers.</summary>
/// <remarks>
/// -216/-220: refresh the token and try once more. -230/-213 and friends: the user is recorded as
/// unreachable (broadcasts skip them until they write again). -32: every send pauses for the
/// back-off, since the limit is per app, and the caller retries later. Nothing is retried blindly:
/// a duplicate message to an elderly resident is worse than a late one.
/// </remarks>
public sealed class ZaloOaSender(
    ZaloOaApiClient api,
    ZaloOaTokenManager tokens,
    IUnreachableRecipients unreachable,
    IOptions<ZaloOaOptions> options,
    [FromKeyedServices(ZaloChannels.OfficialAccount)] ZaloApiStatus status,
    TimeProvider time,
    ILogger<ZaloOaSender> logger)
{
    private const string SendOperation = "send";
    private readonly ZaloOaOptions _options = options.Value;
    private long _pausedUntilTicks;

    /// <summary>Sends <paramref name="message"/> (a <c>message</c> object) to <paramref name="userId"/> as a customer-service message.</summary>
    public Task<ZaloOaSendResult> SendAsync(string userId, JsonObject message, CancellationToken cancellationToken) =>
        SendAsync(userId, message, ZaloOaMessageTypes.CustomerService, cancellationToken);

    /// <summary>Sends <paramref name="message"/> to <paramref name="userId"/> as <paramref name="messageType"/> (cs, promotion, transaction).</summary>
    public async Task<ZaloOaSendResult> SendAsync(string userId, JsonObject message, string messageType, CancellationToken cancellationToken)
    {
        var pausedFor = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - time.GetUtcNow();
        if (pausedFor > TimeSpan.Zero)
        {
            return new(new SendOutcome(SendStatus.RateLimited, pausedFor, "Zalo -32: rate limit back-off in progress"));
        }

        try
        {
            var body = new JsonObject { ["recipient"] = new JsonObject { ["user_id"] = userId }, ["message"] = message.DeepClone() };
            var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
            var result = await CallAsync(messageType, token, body, cancellationToken).ConfigureAwait(false);
            if (ZaloOaErrors.IsTokenError(result.Error))
            {
                logger.LogInformation("Zalo rejected the OA access token (error {Error}); refreshing and sending again", result.Error);
                token = await tokens.RefreshAfterRejectionAsync(token, cancellationToken).ConfigureAwait(false);
                result = await CallAsync(messageType, token, body, cancellationToken).ConfigureAwait(false);
            }

            return await InterpretAsync(userId, result, cancellationToken).ConfigureAwait(false);
        }
        catch (ZaloTokenException ex)
        {
            return new(ex.IsTransient
                ? new SendOutcome(SendStatus.TransientFailure, _options.RetryBackoff, ex.Message)
                : new SendOutcome(SendStatus.Failed, Detail: ex.Message));
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Zalo OA send failed in transport: {Reason}", ex.Message);
            return new(new SendOutcome(SendStatus.TransientFailure, _options.RetryBackoff, "transport failure"));
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(new SendOutcome(SendStatus.TransientFailure, _options.RetryBackoff, "timeout"));
        }
    }

    /// <summary>One call to the send endpoint, counted in the outgoing-sends metric and the channel's health.</summary>
    private async Task<ZaloOaApiResult> CallAsync(string messageType, string token, JsonObject body, CancellationToken cancellationToken)
    {
        ZaloOaApiResult result;
        try
        {
            result = await api.SendAsync(messageType, token, body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            BotMetrics.RecordOutgoingSend(ZaloChannels.OfficialAccount, null);
            status.Failed(SendOperation, "Zalo did not answer (" + ex.GetType().Name + ")", operatorMustAct: false);
            throw;
        }

        var metricStatus = ZaloOaErrors.MetricStatus(result);
        BotMetrics.RecordOutgoingSend(ZaloChannels.OfficialAccount, metricStatus);
        if (metricStatus >= 500 || result.Error is null)
        {
            status.Failed(SendOperation, $"HTTP {(int)result.Status}, Zalo error {result.Error?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}", operatorMustAct: false);
        }
        else if (!ZaloOaErrors.IsTokenError(result.Error))
        {
            status.Succeeded(SendOperation); // Zalo answered; a refusal for one resident says nothing about the channel
        }

        return result;
    }

    private async Task<ZaloOaSendResult> InterpretAsync(string userId, ZaloOaApiResult result, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            return new(SendOutcome.Sent, result.MessageId);
        }

        if (result.Error is null)
        {
            var status = ZaloOaApiClient.IsTransient(result.Status) ? SendStatus.TransientFailure : SendStatus.Failed;
            return new(new SendOutcome(status, _options.RetryBackoff, $"HTTP {(int)result.Status} without a Zalo answer"));
        }

        var detail = $"Zalo error {result.Error}";
        if (ZaloOaErrors.UnreachableReason(result.Error) is { } reason)
        {
            await unreachable.MarkAsync(new ConversationKey(ZaloChannels.OfficialAccount, userId), reason, cancellationToken).ConfigureAwait(false);
            return new(new SendOutcome(SendStatus.Unreachable, Detail: $"{detail}: {reason}", Reason: ZaloOaErrors.ReportReason(result.Error)));
        }

        switch (result.Error)
        {
            case ZaloOaErrors.OutOfQuota:
                // The caller (the alert router) pauses the type and reads the quota again later.
                return new(new SendOutcome(SendStatus.Deferred, Detail: detail + ": out of quota", Reason: "quota"));
            case ZaloOaErrors.NightBan:
                return new(new SendOutcome(SendStatus.Deferred, Detail: detail + ": not at night", Reason: "night"));
            case ZaloOaErrors.TypeRestrictedByUser:
                return new(new SendOutcome(SendStatus.Unreachable, Detail: detail + ": the resident turned this type off", Reason: "refused-type"));
            case ZaloOaErrors.RateLimited:
                var until = time.GetUtcNow() + _options.RetryBackoff;
                Interlocked.Exchange(ref _pausedUntilTicks, until.UtcTicks);
                logger.LogWarning("Zalo answered -32 (rate limit); pausing OA sends for {Backoff}", _options.RetryBackoff);
                return new(new SendOutcome(SendStatus.RateLimited, _options.RetryBackoff, detail + ": rate limit"));
            case ZaloOaErrors.Unknown:
                return new(new SendOutcome(SendStatus.TransientFailure, _options.RetryBackoff, detail));
            case ZaloOaErrors.AccessTokenInvalid or ZaloOaErrors.AccessTokenExpired:
                status.Failed(SendOperation, "Zalo rejected a freshly refreshed access token; authorize the OA again", operatorMustAct: true);
                return new(new SendOutcome(SendStatus.Failed, Detail: detail + ": the access token was rejected even after a refresh"));
            default:
                logger.LogWarning("Zalo OA refused a message: error {Error}", result.Error);
                return new(new SendOutcome(SendStatus.Failed, Detail: detail));
        }
    }
}
