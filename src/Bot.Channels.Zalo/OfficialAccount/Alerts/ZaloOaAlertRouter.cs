using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>Picks the OA message type for each alert recipient and sends it in the form that type requires.</summary>
/// <remarks>
/// Inside the customer-service window (the resident interacted less than <see cref="ZaloOaAlertOptions.CustomerServiceWindow"/>
/// ago, or we do not know when): a free customer-service message. Outside it, the follower types the OA is allowed
/// (<see cref="ZaloOaAlertOptions.AlertMessageTypes"/>), in the configured order: transaction within a year of the last
/// interaction, promotion to followers (one a day, within the quota, not at night). A -230 answer to a customer-service
/// message records the resident outside the window, so routing again picks a follower type.
/// </remarks>
public sealed class ZaloOaAlertRouter(
    ZaloOaSender sender,
    ZaloOaMessageRenderer renderer,
    ZaloOaTemplateRenderer templates,
    IZaloContactBook contacts,
    IUnreachableRecipients unreachable,
    ZaloOaQuotaGate quota,
    IOptions<ZaloOaAlertOptions> options,
    TimeProvider time,
    ILogger<ZaloOaAlertRouter> logger) : IAlertRouter
{
    private readonly ZaloOaAlertOptions _options = options.Value;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public string Channel => ZaloChannels.OfficialAccount;

    public async ValueTask<AlertRoute> RouteAsync(string chatId, CancellationToken cancellationToken)
    {
        var mark = await unreachable.FindAsync(new ConversationKey(Channel, chatId), cancellationToken).ConfigureAwait(false);
        switch (mark?.Reason)
        {
            case "blocked-the-oa":
                return AlertRoute.Unreachable("blocked");
            case "unfollowed" or "not-a-follower":
                return AlertRoute.Unreachable("not-following");
            case "inactive-user":
                return AlertRoute.Unreachable("inactive");
        }

        var contact = await contacts.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var sinceLast = contact.LastInteraction is { } last ? now - last : (TimeSpan?)null;
        var outsideWindow = mark?.Reason == "outside-7-day-window" && (contact.LastInteraction is null || contact.LastInteraction < mark.Since)
                            || sinceLast > _options.CustomerServiceWindow - _options.CustomerServiceMargin;
        foreach (var type in _options.Types)
        {
            switch (type)
            {
                case ZaloOaMessageTypes.CustomerService when !outsideWindow:
                    return AlertRoute.Now(type);
                case ZaloOaMessageTypes.Transaction when contact.Follows != false && sinceLast is { } ago && ago < _options.TransactionWindow:
                    return AlertRoute.Now(type);
                case ZaloOaMessageTypes.Promotion when contact.Follows != false:
                    return await PromotionRouteAsync(now, cancellationToken).ConfigureAwait(false);
            }
        }

        return AlertRoute.Unreachable(contact.Follows == false ? "not-following" : "no-allowed-type");
    }

    public async Task<SendOutcome> SendAlertAsync(string chatId, Reply alert, AlertRoute route, string locale, CancellationToken cancellationToken)
    {
        if (route.MessageType == ZaloOaMessageTypes.CustomerService)
        {
            var messages = renderer.Render([alert]);
            for (var i = 0; i < messages.Count; i++)
            {
                var result = await sender.SendAsync(chatId, messages[i], ZaloOaMessageTypes.CustomerService, cancellationToken).ConfigureAwait(false);
                if (result.Outcome.Status != SendStatus.Sent)
                {
                    return result.Outcome;
                }
            }

            return SendOutcome.Sent;
        }

        var sent = await sender.SendAsync(chatId, templates.Render(alert, route.MessageType, locale), route.MessageType, cancellationToken).ConfigureAwait(false);
        var outcome = sent.Outcome;
        switch (outcome.Status, outcome.Reason)
        {
            case (SendStatus.Sent, _) when route.MessageType == ZaloOaMessageTypes.Promotion:
                quota.Used();
                break;
            case (SendStatus.Deferred, "quota"):
                var until = quota.OutOfQuota();
                logger.LogWarning("Zalo OA promotion quota ran out (-211); promotion alerts pause until {Until:O}, then the quota is read again", until);
                return outcome with { RetryAfter = until - time.GetUtcNow() };
            case (SendStatus.Deferred, "night"):
                return outcome with { RetryAfter = NightEnd(time.GetUtcNow()) - time.GetUtcNow() };
            case (SendStatus.Unreachable, "outside-window"):
                // The transaction window closed too: nothing but promotion is left for this resident.
                return outcome with { Reason = "no-allowed-type" };
        }

        return outcome;
    }

    public Task<long?> RemainingQuotaAsync(CancellationToken cancellationToken) =>
        _options.Types.Contains(ZaloOaMessageTypes.Promotion) ? quota.ReadAsync(cancellationToken) : Task.FromResult<long?>(null);

    private async Task<AlertRoute> PromotionRouteAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (NightEnd(now) is var end && end > now)
        {
            return AlertRoute.Later(ZaloOaMessageTypes.Promotion, end, "night", rationed: true);
        }

        if (quota.PausedUntil > now)
        {
            return AlertRoute.Later(ZaloOaMessageTypes.Promotion, quota.PausedUntil, "quota", rationed: true);
        }

        return await quota.RemainingAsync(cancellationToken).ConfigureAwait(false) == 0
            ? AlertRoute.Unreachable("quota-exhausted")
            : AlertRoute.Now(ZaloOaMessageTypes.Promotion, rationed: true);
    }

    /// <summary>The end of the promotion night ban <paramref name="now"/> falls in, or <paramref name="now"/> outside it.</summary>
    private DateTimeOffset NightEnd(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var (start, end) = (_options.PromotionNightStart, _options.PromotionNightEnd);
        var t = local.TimeOfDay;
        var night = start <= end ? t >= start && t < end : t >= start || t < end;
        if (!night)
        {
            return now;
        }

        var day = t >= end && start > end ? local.Date.AddDays(1) : local.Date;
        return new DateTimeOffset(day + end, local.Offset).ToUniversalTime();
    }
}
