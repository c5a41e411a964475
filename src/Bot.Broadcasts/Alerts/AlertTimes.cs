using System.Globalization;

namespace Bot.Broadcasts.Alerts;

/// <summary>How alert times are written in the audit log and the admin API.</summary>
public static class AlertTimes
{
    /// <summary>A time as ISO 8601 text.</summary>
    public static string Iso(DateTimeOffset t) => t.ToString("O", CultureInfo.InvariantCulture);
}
