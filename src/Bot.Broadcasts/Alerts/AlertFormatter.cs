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
        // Closing line: domain-facts.md §3, "Police never phone asking for … OTP or transfers"
        // (https://zingnews.vn/vi-sao-nhieu-nguoi-van-bi-cong-an-vien-kiem-sat-dom-lua-tien-post1377373.html).
        var closing = english
            ? "The police never phone you to ask for money transfers or OTP codes."
            : "Công an không bao giờ gọi điện đòi chuyển tiền hay mã OTP.";
        var body = $"{heading}\n{from}\n\n{text.Trim()}\n\n{closing}";
        return new Reply(body, [new ReplyButton(english ? "Stop alerts" : "Ngừng nhận tin", StopPayload)]);
    }

    /// <summary>The message a resident gets for <paramref name="alert"/>, in <paramref name="locale"/>.</summary>
    public Reply Render(BroadcastAlert alert, string locale = "vi") => Render(alert.Areas, alert.Topic, alert.Urgent, alert.Text, locale);

    /// <summary>"1.200" — thousands grouped the Vietnamese way.</summary>
    public static string Number(long n) => n.ToString("#,0", Vietnamese);

    /// <summary>"Đã gửi 1.200/5.000".</summary>
    public static string Progress(AlertCounts counts) => $"Đã gửi {Number(counts.Finished)}/{Number(counts.Total)}";

    /// <summary>The final report for the author.</summary>
    public static string Report(BroadcastAlert alert, AlertCounts counts) =>
        (alert.Status == AlertStatus.Cancelled ? $"Đã dừng cảnh báo {alert.Id}." : $"Đã gửi xong cảnh báo {alert.Id}.")
        + $"\nĐã nhận: {Number(counts.Sent)}\nĐã chặn bot: {Number(counts.Blocked + counts.Unreachable)}\nLỗi: {Number(counts.Failed)}"
        + (counts.Pending > 0 ? $"\nChưa gửi: {Number(counts.Pending)}" : "");
}
