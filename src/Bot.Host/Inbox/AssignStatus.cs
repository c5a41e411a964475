namespace Bot.Host.Inbox;

/// <summary>How an assignment from the misunderstood inbox ended.</summary>
public enum AssignStatus
{
    /// <summary>The phrase is an example of its topic in a new, published content version.</summary>
    Assigned,
    /// <summary>No open inbox entry has that id (never seen, already assigned or dismissed, or expired).</summary>
    NotFound,
    /// <summary>The flow or step does not exist, or typed text never opens that flow.</summary>
    UnknownTarget,
    /// <summary>The content with the new example did not validate; the running version was kept and the file restored.</summary>
    Refused,
}
