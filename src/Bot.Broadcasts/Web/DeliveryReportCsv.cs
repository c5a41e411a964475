using System.Globalization;
using System.Text;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;

namespace Bot.Broadcasts.Web;

/// <summary>
/// An alert's delivery report as CSV for a spreadsheet: counts per channel, outcome and reason, the same numbers as the report in the
/// author's chat. It holds no recipient at all (no chat id, phone number or name), only counts; times are Vietnam time.
/// </summary>
public static class DeliveryReportCsv
{
    /// <summary>The columns, in order.</summary>
    public const string Header = "alert_id,status,status_vi,topic,areas,created_vietnam_time,sends_from_vietnam_time,channel,outcome,detail,explanation,count";

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese letters right.</summary>
    public static byte[] Build(BroadcastAlert alert, AlertCounts counts, IReadOnlyList<ChannelReach> reach, AreaCatalog areas, TimeZoneInfo zone)
    {
        var fixedCells = new[]
        {
            alert.Id,
            alert.Status,
            AlertStatus.Vietnamese(alert.Status),
            alert.Topic,
            string.Join("; ", alert.Areas.Select(areas.FullName)),
            Local(alert.CreatedAt, zone),
            alert.Status == AlertStatus.Scheduled && alert.SendAfter is { } at ? Local(at, zone) : "",
        };
        var text = new StringBuilder(Header).Append("\r\n");
        void Row(string channel, string outcome, string detail, string explanation, long count) =>
            text.AppendJoin(',', fixedCells.Concat([channel, outcome, detail, explanation]).Select(Cell))
                .Append(',').Append(count.ToString(CultureInfo.InvariantCulture)).Append("\r\n");

        Row("all", "total", "", "người nhận", counts.Total);
        Row("all", "sent", "", "đã nhận", counts.Sent);
        Row("all", "blocked", "", "đã chặn bot", counts.Blocked);
        Row("all", "unreachable", "", "không liên lạc được", counts.Unreachable);
        Row("all", "failed", "", "lỗi, đã thử lại", counts.Failed);
        Row("all", "pending", "", "chưa gửi xong", counts.Pending);
        foreach (var r in reach)
        {
            Row(r.Channel, "subscribers", "", "người đăng ký", r.Subscribers);
            foreach (var (type, n) in r.Reached)
            {
                Row(r.Channel, "reached", type, ReachWords.Type(type), n);
            }

            foreach (var (why, n) in r.Waiting)
            {
                Row(r.Channel, "waiting", why, ReachWords.Reason(why), n);
            }

            foreach (var (why, n) in r.Skipped)
            {
                Row(r.Channel, "skipped", why, ReachWords.Reason(why), n);
            }

            Row(r.Channel, "failed", "", "lỗi, đã thử lại", r.Failed);
            Row(r.Channel, "not_yet_tried", "", "chưa gửi", r.NotYetTried);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Local(DateTimeOffset t, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(t, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Quotes a cell when needed; a cell a spreadsheet would run as a formula (=, +, -, @) is kept as text.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
