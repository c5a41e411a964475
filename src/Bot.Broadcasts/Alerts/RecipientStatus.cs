namespace Bot.Broadcasts.Alerts;

/// <summary>Per-recipient delivery status, kept as short strings because a broadcast stores one per recipient.</summary>
public static class RecipientStatus
{
    public const string Pending = "p";
    public const string Sent = "sent";
    public const string Blocked = "blocked";
    public const string Unreachable = "unreachable";
    public const string Failed = "failed";

    /// <summary>Prefix of a pending recipient who waits for a later time: "w:night", "w:daily-limit", "w:quota", "w:quiet-hours".</summary>
    public const string WaitingPrefix = "w:";
}
