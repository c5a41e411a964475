namespace Bot.Testing;

/// <summary>
/// Waits for what a host does in the background (a folder watcher, the inbox writer, a delivery worker): asks again
/// until the answer is right, or fails saying what never happened. A bound on waiting, never a timing assertion.
/// </summary>
public static class Eventually
{
    /// <summary>How long to wait when the caller does not say: long enough for a loaded CI machine.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>Reads until <paramref name="done"/> holds for what was read, and returns it.</summary>
    /// <exception cref="TimeoutException">Still not done after <paramref name="within"/> (default <see cref="Patience"/>); the message names <paramref name="what"/> and the last value read.</exception>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? Patience);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"never happened: {what} (last read: {value})");
            }

            await Task.Delay(Pause);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    /// <exception cref="TimeoutException">It still does not after <paramref name="within"/> (default <see cref="Patience"/>).</exception>
    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null) =>
        ReadAsync(condition, holds => holds, what, within);

    /// <summary>Waits until <paramref name="condition"/> (read from what a fake or a log has recorded) holds.</summary>
    /// <exception cref="TimeoutException">It still does not after <paramref name="within"/> (default <see cref="Patience"/>).</exception>
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, within);
}
