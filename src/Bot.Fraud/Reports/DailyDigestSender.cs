using Bot.Dialogs.Channels;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Bot.Fraud.Config;
using Microsoft.Extensions.Logging;

namespace Bot.Fraud.Reports;

/// <summary>
/// Each morning (Vietnam time) sends every officer the previous day's reports for their area,
/// through their chat's messenger. One instance sends per day (<see cref="IDigestClaim"/>).
/// </summary>
/// <remarks>
/// The digest covers the whole previous calendar day, so every report appears in exactly one digest.
/// Officers with nothing to read that day get no message. A claim is taken before sending: if the
/// instance dies half-way, the rest of that day's digest is skipped rather than sent twice.
/// </remarks>
public sealed class DailyDigestSender(
    OfficerDigestBuilder builder,
    IOfficerDirectory officers,
    IEnumerable<IChannelMessenger> messengers,
    IDigestClaim claim,
    FraudContent content,
    ILogger<DailyDigestSender> logger)
{
    private readonly Dictionary<string, IChannelMessenger> _messengers =
        messengers.GroupBy(m => m.Channel, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private DateOnly _done;

    /// <summary>Vietnam wall-clock time from which yesterday's digest goes out.</summary>
    public TimeOnly SendAt { get; init; } = new(7, 0);

    /// <summary>Sends yesterday's digest when it is due and no instance has sent it; returns the officers reached, or null when not due.</summary>
    public async ValueTask<int?> SendDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var local = VietnamTime.ToVietnam(now);
        var day = VietnamTime.Day(now).AddDays(-1);
        if (TimeOnly.FromTimeSpan(local.TimeOfDay) < SendAt || _done == day)
        {
            return null;
        }

        _done = day;
        if (!await claim.TryClaimAsync(day, cancellationToken).ConfigureAwait(false))
        {
            return null; // another instance took it
        }

        return await SendAsync(day, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends the digest of <paramref name="day"/> now (no claim); returns the officers reached.</summary>
    public async ValueTask<int> SendAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var start = VietnamTime.StartOf(day);
        var reports = await builder.ReportsAsync(start, start.AddDays(1), cancellationToken).ConfigureAwait(false);
        var period = ScamReportDigest.DayPeriod(day, content, "vi");
        var reached = 0;
        foreach (var officer in await officers.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var theirs = builder.ForOfficer(officer, reports);
            if (theirs.Count == 0 || officer.Chat is not { } chat)
            {
                continue; // nothing for them, or no chat to reach them in
            }

            if (!_messengers.TryGetValue(chat.Channel, out var messenger))
            {
                logger.LogWarning("Scam digest: no messenger for channel {Channel}; officer {Officer} skipped", chat.Channel, officer.Id);
                continue;
            }

            var text = ScamReportDigest.Format(theirs, period, content, "vi");
            var outcome = await messenger.SendAsync(chat.ChatId, [Reply.Plain(text)], cancellationToken).ConfigureAwait(false);
            if (outcome.Status == SendStatus.Sent)
            {
                reached++;
            }
            else
            {
                logger.LogWarning("Scam digest to {Officer} not sent: {Status} {Detail}", officer.Id, outcome.Status, outcome.Detail);
            }
        }

        logger.LogInformation("Scam digest for {Day}: {Reports} reports, {Officers} officers reached", day, reports.Count, reached);
        return reached;
    }
}
