using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Channels;

/// <summary>A channel whose platform allows different message types to different recipients (Zalo OA), so alerts are routed per recipient.</summary>
/// <remarks>
/// The broadcast engine asks for a route before each alert message, keeps the platform's per-day ration
/// (one rationed message per recipient per day, merged into a digest when several wait) and holds
/// recipients until <see cref="AlertRoute.NotBefore"/>; the channel knows its platform's rules, the engine
/// knows the alerts. Channels without such rules implement only <see cref="IChannelMessenger"/>.
/// </remarks>
public interface IAlertRouter
{
    /// <summary>Channel name as in <see cref="ConversationKey.Channel"/>.</summary>
    string Channel { get; }

    /// <summary>How to reach <paramref name="chatId"/> now, from what the channel knows (no platform call per recipient).</summary>
    ValueTask<AlertRoute> RouteAsync(string chatId, CancellationToken cancellationToken);

    /// <summary>Sends one alert (or a digest of several) by <paramref name="route"/>, rendered as that message type requires, in <paramref name="locale"/>.</summary>
    /// <returns>
    /// <see cref="SendStatus.Unreachable"/> with <see cref="SendOutcome.Reason"/> "outside-window" when the platform refused the
    /// type for this recipient but another type may do (route again); <see cref="SendStatus.Deferred"/> to try again after
    /// <see cref="SendOutcome.RetryAfter"/>.
    /// </returns>
    Task<SendOutcome> SendAlertAsync(string chatId, Reply alert, AlertRoute route, string locale, CancellationToken cancellationToken);

    /// <summary>Rationed messages the account may still send (Zalo: the promotion quota), read from the platform; null when unknown.</summary>
    Task<long?> RemainingQuotaAsync(CancellationToken cancellationToken);
}
