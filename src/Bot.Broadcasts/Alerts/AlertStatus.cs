namespace Bot.Broadcasts.Alerts;

/// <summary>An alert's life: pending_approval → sending → done, or rejected / expired / cancelled.</summary>
public static class AlertStatus
{
    public const string PendingApproval = "pending_approval";
    public const string Rejected = "rejected";
    public const string Expired = "expired";
    public const string Sending = "sending";
    public const string Done = "done";
    public const string Cancelled = "cancelled";
}
