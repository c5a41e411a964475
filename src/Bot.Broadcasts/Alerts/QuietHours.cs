using Bot.Broadcasts.Hosting;

namespace Bot.Broadcasts.Alerts;

/// <summary>Vietnam-time quiet hours: non-urgent alerts are held until the morning.</summary>
public sealed class QuietHours(BroadcastOptions options)
{
    private readonly TimeZoneInfo _zone = BroadcastOptions.FindTimeZone(options.TimeZone) ?? TimeZoneInfo.Utc;

    /// <summary>When a non-urgent alert may go out: <paramref name="now"/>, or the end of the quiet hours it falls in.</summary>
    public DateTimeOffset ReleaseTime(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var time = local.TimeOfDay;
        var start = options.QuietHoursStart;
        var end = options.QuietHoursEnd;
        var quiet = start <= end ? time >= start && time < end : time >= start || time < end;
        if (!quiet)
        {
            return now;
        }

        var endDate = time >= end && start > end ? local.Date.AddDays(1) : local.Date;
        var release = new DateTimeOffset(endDate + end, local.Offset);
        return release.ToUniversalTime();
    }

    /// <summary>True when a non-urgent alert must wait at <paramref name="now"/>.</summary>
    public bool IsQuiet(DateTimeOffset now) => ReleaseTime(now) > now;

    /// <summary>"07:00" in Vietnam time.</summary>
    public string LocalClock(DateTimeOffset t) =>
        TimeZoneInfo.ConvertTime(t, _zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"07:00 ngày 29/11" in Vietnam time, for officers.</summary>
    public string LocalTime(DateTimeOffset t)
    {
        var local = TimeZoneInfo.ConvertTime(t, _zone);
        return local.ToString("HH:mm 'ngày' dd/MM", System.Globalization.CultureInfo.InvariantCulture);
    }
}
