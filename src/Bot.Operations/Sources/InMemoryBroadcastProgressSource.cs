using Bot.Dialogs.Reporting;

namespace Bot.Operations.Sources;

/// <summary>The default when broadcasts are not installed: a list code can fill (empty unless something reports).</summary>
public sealed class InMemoryBroadcastProgressSource : IBroadcastProgressSource
{
    private const int Capacity = 50;
    private readonly List<BroadcastProgress> _items = [];

    /// <summary>Adds or replaces a broadcast's progress (by id); the oldest beyond 50 are dropped.</summary>
    public void Report(BroadcastProgress progress)
    {
        lock (_items)
        {
            _items.RemoveAll(p => p.Id == progress.Id);
            _items.Add(progress);
            if (_items.Count > Capacity)
            {
                _items.Remove(_items.MinBy(p => p.CreatedAt)!);
            }
        }
    }

    public Task<IReadOnlyList<BroadcastProgress>> RecentAsync(int max, CancellationToken cancellationToken)
    {
        lock (_items)
        {
            return Task.FromResult<IReadOnlyList<BroadcastProgress>>(
                _items.OrderByDescending(p => p.CreatedAt).Take(max).ToList());
        }
    }
}
