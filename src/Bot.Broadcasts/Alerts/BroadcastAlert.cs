namespace Bot.Broadcasts.Alerts;

/// <summary>One alert as stored.</summary>
public sealed record BroadcastAlert
{
    public required string Id { get; init; }
    public required IReadOnlyList<string> Areas { get; init; }
    public required string Topic { get; init; }
    public bool Urgent { get; init; }
    public required string Text { get; init; }
    public required string Status { get; init; }

    /// <summary>Identity of the author ("telegram:123" or "key:Name").</summary>
    public required string CreatedBy { get; init; }

    /// <summary>"channel:chatId" of the author's chat, where progress and the report go; empty for API clients.</summary>
    public string CreatorChat { get; init; } = "";

    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public string ApprovedBy { get; init; } = "";

    /// <summary>When delivery may start (later than approval during quiet hours).</summary>
    public DateTimeOffset? SendAfter { get; init; }

    /// <summary>The author's progress message id, once delivery started.</summary>
    public string ProgressMessageId { get; init; } = "";

    /// <summary>
    /// The status at <paramref name="now"/>: a pending alert past its approval deadline is expired even before anyone acted on it
    /// (the service writes that down on its next read), so every reader, list or detail, names it alike.
    /// </summary>
    public string StatusAt(DateTimeOffset now) => Status == AlertStatus.PendingApproval && ExpiresAt <= now ? AlertStatus.Expired : Status;
}
