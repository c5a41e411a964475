using System.Globalization;
using Bot.Broadcasts.Areas;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Alerts;

/// <summary>Renders an alert exactly as residents receive it (the officer's preview uses the same method).</summary>
public sealed class AlertFormatter(AreaCatalog areas)
{
    /// <summary>Payload of the "stop alerts" button under every alert.</summary>
    public const string StopPayload = "s:stop";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The message a resident gets; <paramref name="locale"/> "en" frames it in English (the officer's text stays as written).</summary>
    public Reply Render(IReadOnlyList<string> areaIds, string topic, bool urgent, string text, string locale = "vi")
    {
        var english = locale == "en";
        var label = Topics.Label(topic, locale);
        var heading = urgent
            ? (english ? "🚨 URGENT — " + label.ToUpperInvariant() : "🚨 KHẨN — " + label.ToUpper(Vietnamese))
            : "📢 " + label;
        var from = string.Join("; ", areaIds.Select(a => (english ? "Police of " : "Công an ") + areas.FullName(a)));
        var body = $"{heading}\n{from}\n\n{text.Trim()}\n\n{Closing(locale)}";
        return new Reply(body, [StopButton(locale)]);
    }

    /// <summary>
    /// Several alerts in one message, for a platform that allows one such message a day (Zalo promotion): a heading
    /// with the count, each alert as residents would get it alone (without the repeated closing line), one closing line.
    /// </summary>
    public Reply RenderDigest(IReadOnlyList<BroadcastAlert> alerts, string locale = "vi")
    {
        if (alerts.Count == 1)
        {
            return Render(alerts[0], locale);
        }

        var closing = "\n\n" + Closing(locale);
        var parts = alerts.Select(a => Render(a, locale).Text).Select(t => t.EndsWith(closing, StringComparison.Ordinal) ? t[..^closing.Length] : t);
        var heading = locale == "en" ? $"📢 {alerts.Count} alerts from the police" : $"📢 {alerts.Count} tin cảnh báo của Công an";
        return new Reply($"{heading}\n\n{string.Join("\n\n———\n\n", parts)}{closing}", [StopButton(locale)]);
    }

    // Closing line: domain-facts.md §3, "Police never phone asking for … OTP or transfers"
    // (https://zingnews.vn/vi-sao-nhieu-nguoi-van-bi-cong-an-vien-kiem-sat-dom-lua-tien-post1377373.html).
    private static string Closing(string locale) => locale == "en"
        ? "The police never phone you to ask for money transfers or OTP codes."
        : "Công an không bao giờ gọi điện đòi chuyển tiền hay mã OTP.";

    private static ReplyButton StopButton(string locale) => new(locale == "en" ? "Stop alerts" : "Ngừng nhận tin", StopPayload);

    /// <summary>The message a resident gets for <paramref name="alert"/>, in <paramref name="locale"/>.</summary>
    public Reply Render(BroadcastAlert alert, string locale = "vi") => Render(alert.Areas, alert.Topic, alert.Urgent, alert.Text, locale);

    /// <summary>"1.200" — thousands grouped the Vietnamese way.</summary>
    public static string Number(long n) => n.ToString("#,0", Vietnamese);

    /// <summary>"Đã gửi 1.200/5.000".</summary>
    public static string Progress(AlertCounts counts) => $"Đã gửi {Number(counts.Finished)}/{Number(counts.Total)}";

    /// <summary>The final report for the author: totals, then each channel's reach with reasons, so every subscriber is accounted for.</summary>
    public static string Report(BroadcastAlert alert, AlertCounts counts, IReadOnlyList<ChannelReach>? reach = null) =>
        (alert.Status == AlertStatus.Cancelled ? $"Đã dừng cảnh báo {alert.Id}." : $"Đã gửi xong cảnh báo {alert.Id}.")
        + $"\nĐã nhận: {Number(counts.Sent)}\nKhông gửi được: {Number(counts.Blocked + counts.Unreachable)}\nLỗi: {Number(counts.Failed)}"
        + (counts.Pending > 0 ? $"\nChưa gửi: {Number(counts.Pending)}" : "")
        + Reach(reach);

    /// <summary>One line per channel: "• Zalo OA: 5 người đăng ký — đã nhận 3 (tin tư vấn 1, tin truyền thông 2); chờ gửi sau 1 (…); không gửi được 1 (…)".</summary>
    public static string Reach(IReadOnlyList<ChannelReach>? reach)
    {
        if (reach is not { Count: > 0 })
        {
            return "";
        }

        var lines = new List<string> { "\nTheo kênh:" };
        foreach (var c in reach)
        {
            var parts = new List<string> { $"đã nhận {Number(c.ReachedTotal)}" + Detail(c.Reached, ReachWords.Type) };
            if (c.WaitingTotal > 0)
            {
                parts.Add($"chờ gửi sau {Number(c.WaitingTotal)}" + Detail(c.Waiting, ReachWords.Reason));
            }

            if (c.SkippedTotal > 0)
            {
                parts.Add($"không gửi được {Number(c.SkippedTotal)}" + Detail(c.Skipped, ReachWords.Reason));
            }

            if (c.Failed > 0)
            {
                parts.Add($"lỗi {Number(c.Failed)}");
            }

            if (c.NotYetTried > 0)
            {
                parts.Add($"chưa gửi {Number(c.NotYetTried)}");
            }

            lines.Add($"• {ReachWords.Channel(c.Channel)}: {Number(c.Subscribers)} người đăng ký — {string.Join("; ", parts)}.");
        }

        return string.Join("\n", lines);
    }

    private static string Detail(IReadOnlyDictionary<string, long> parts, Func<string, string> words) =>
        parts.Count == 0 ? "" : " (" + string.Join(", ", parts.Select(p => $"{words(p.Key)} {Number(p.Value)}")) + ")";
}
