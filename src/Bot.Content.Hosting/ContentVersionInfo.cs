namespace Bot.Content.Hosting;

/// <summary>One kept version of the content: its hash, when it was published, and by whom, why and what changed.</summary>
/// <remarks>Versions kept before the history was recorded have only <see cref="Version"/> and <see cref="SavedAt"/>.</remarks>
public sealed record ContentVersionInfo(string Version, DateTimeOffset SavedAt)
{
    /// <summary>Who published it: the admin key's holder, the signed-in officer, or the user who ran the command; null when a saved file published it.</summary>
    public string? Author { get; init; }

    /// <summary>The publisher's one-line message, or null.</summary>
    public string? Message { get; init; }

    /// <summary>How it was published ("file change: flows/eid.yaml", "admin request", "rollback to …").</summary>
    public string? Reason { get; init; }

    /// <summary>The version in force before it, or null for the first one kept.</summary>
    public string? Previous { get; init; }

    /// <summary>The files changed from <see cref="Previous"/> (with diffs when one version is asked for); null when not recorded.</summary>
    public IReadOnlyList<ContentFileChange>? Changes { get; init; }

    /// <summary>
    /// Each time this version was put back in force after another one (a rollback), oldest first: who, when, why
    /// ("rollback to …") and what changed. The history lists each as its own entry (<see cref="ContentVersionStore.History"/>).
    /// </summary>
    public IReadOnlyList<ContentVersionInfo>? Returns { get; init; }
}
