namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>
/// Where the misunderstood inbox is kept: grouped by folded text, counted, with first and last seen,
/// and forgotten <see cref="Retention"/> after the last sighting. Memory in one process; Redis for a fleet.
/// </summary>
/// <remarks>Only masked text ever reaches a store: the recorder masks before it records.</remarks>
public interface IMissedMessageStore
{
    /// <summary>How long an entry (or a dismissal) is kept after it was last seen.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    /// <summary>"memory" or "redis", for the dashboard.</summary>
    string Name { get; }

    /// <summary>Counts one more sighting; a dismissed message is counted but stays out of the list.</summary>
    Task RecordAsync(MissSighting sighting, CancellationToken cancellationToken);

    /// <summary>The open entries, most often sent first (ties: most recent first), at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<MissedMessage>> ListAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The open entry with <paramref name="id"/>, or null.</summary>
    Task<MissedMessage?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Removes an entry that was assigned to a topic; if it comes again it is a new entry (the assignment did not help). False when it was not open.</summary>
    Task<bool> RemoveAsync(string id, CancellationToken cancellationToken);

    /// <summary>Hides an entry; later sightings are counted but do not bring it back until it has not been seen for <see cref="Retention"/>. False when it was not open.</summary>
    Task<bool> DismissAsync(string id, CancellationToken cancellationToken);
}
