namespace Bot.Broadcasts.Alerts;

/// <summary>The reach report's codes in officers' words (Vietnamese, plain).</summary>
public static class ReachWords
{
    public static string Channel(string channel) => channel switch
    {
        "telegram" => "Telegram",
        "zalo-oa" => "Zalo OA",
        "zalo-bot" => "Zalo Bot",
        "web" => "Web",
        _ => channel,
    };

    /// <summary>A message type that reached residents.</summary>
    public static string Type(string type) => type switch
    {
        "cs" => "tin tư vấn",
        "promotion" => "tin truyền thông",
        "transaction" => "tin giao dịch",
        _ => "tin nhắn",
    };

    /// <summary>Why residents wait or were skipped.</summary>
    public static string Reason(string reason) => reason switch
    {
        "night" => "ban đêm Zalo không cho gửi, gửi từ 6 giờ sáng",
        "daily-limit" => "đã nhận 1 tin truyền thông hôm nay, gửi gộp vào ngày mai",
        "quota" => "Zalo báo hết hạn mức, tạm dừng rồi thử lại",
        "quiet-hours" => "giờ nghỉ đêm",
        "not-following" => "chưa quan tâm trang Zalo",
        "blocked" => "đã chặn",
        "quota-exhausted" => "hết hạn mức tin truyền thông của OA",
        "no-allowed-type" => "quá 7 ngày không nhắn, OA không có loại tin được phép",
        "inactive" => "tài khoản không còn hoạt động",
        "refused-type" => "đã tắt loại tin này",
        "unreachable" => "không liên lạc được",
        _ => reason,
    };
}
