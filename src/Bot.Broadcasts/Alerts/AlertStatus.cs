namespace Bot.Broadcasts.Alerts;

/// <summary>
/// An alert's life, with one name per state used everywhere (admin API, dashboard list, officers' chat):
/// pending_approval → scheduled (approved during quiet hours, waits for <c>sendAfter</c>) → sending → done;
/// or rejected / expired / cancelled. An approved alert nobody subscribed to is done at once.
/// </summary>
public static class AlertStatus
{
    public const string PendingApproval = "pending_approval";
    public const string Rejected = "rejected";
    public const string Expired = "expired";
    public const string Scheduled = "scheduled";
    public const string Sending = "sending";
    public const string Done = "done";
    public const string Cancelled = "cancelled";

    /// <summary>Every status, in the order an alert lives through them.</summary>
    public static readonly IReadOnlyList<string> All = [PendingApproval, Scheduled, Sending, Done, Rejected, Expired, Cancelled];

    /// <summary>The status in the officers' words, as the dashboard shows it too (e.g. "đã hẹn giờ").</summary>
    public static string Vietnamese(string status) => status switch
    {
        PendingApproval => "chờ duyệt",
        Scheduled => "đã hẹn giờ",
        Sending => "đang gửi",
        Done => "đã xong",
        Rejected => "bị từ chối",
        Expired => "hết hạn duyệt",
        Cancelled => "đã hủy",
        _ => status,
    };
}
