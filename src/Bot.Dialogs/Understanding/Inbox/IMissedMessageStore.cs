namespace Bot.Dialogs.Understanding.Inbox;

/// <summary>
/// Where the misunderstood inbox is kept: grouped by folded text, counted, with first and last seen,
/// and forgotten <see cref="Retention"/> after the last sighting. Memory in one process; Redis for a fleet.
/// </summary>
/// <remarks>
/// Only masked text ever reaches a store: the recorder masks before it records. The "which do you mean?"
/// questions still waiting for a pick are kept here too, so a resident whose pick reaches another instance
/// of a fleet is not counted as misunderstood.
/// </remarks>
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

    /// <summary>How long a held question is kept at most if no instance takes it (all stopped): well past any sweep.</summary>
    public static readonly TimeSpan HeldRetention = TimeSpan.FromDays(1);

    /// <summary>Holds the question asked in <paramref name="conversation"/> (an opaque id, never a chat id) until its next turn; replaces an older one.</summary>
    Task HoldAsync(string conversation, HeldQuestion question, CancellationToken cancellationToken);

    /// <summary>Removes and returns the question held for <paramref name="conversation"/>, or null. Exactly one caller gets it.</summary>
    Task<HeldQuestion?> TakeHeldAsync(string conversation, CancellationToken cancellationToken);

    /// <summary>Removes and returns at most <paramref name="limit"/> questions asked before <paramref name="askedBefore"/>; each is returned to one caller only.</summary>
    Task<IReadOnlyList<HeldQuestion>> TakeUnansweredAsync(DateTimeOffset askedBefore, int limit, CancellationToken cancellationToken);
}
