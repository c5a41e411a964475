namespace Bot.Broadcasts.Storage;

/// <summary>Short-lived values beside the conversation (drafts, "waiting for a commune name"); never the resident's dialog record.</summary>
public interface IScratchStore
{
    Task<string?> GetAsync(string name, CancellationToken cancellationToken);

    Task SetAsync(string name, string value, TimeSpan lifetime, CancellationToken cancellationToken);

    Task DeleteAsync(string name, CancellationToken cancellationToken);
}
