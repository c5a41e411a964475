namespace Bot.Fraud.Reports;

/// <summary>The claim for a single instance (no Redis): once per day in this process.</summary>
public sealed class InMemoryDigestClaim : IDigestClaim
{
    private readonly HashSet<DateOnly> _claimed = [];
    private readonly Lock _gate = new();

    public ValueTask<bool> TryClaimAsync(DateOnly day, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _claimed.RemoveWhere(d => d < day.AddDays(-7)); // keeps the set to a week
            return ValueTask.FromResult(_claimed.Add(day));
        }
    }
}
