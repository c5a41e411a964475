using Bot.Operations.Analytics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Tests.Analytics;

public class BoundedMemoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public async Task AFloodOfDifferentPhrasesKeepsOnlyTheDailyCapInMemory()
    {
        var options = Options.Create(new AnalyticsOptions { MaxFallbackPhrasesPerDay = 50 });
        var store = new InMemoryAnalyticsStore(options);
        await store.AddAsync(Enumerable.Range(0, 5000).Select(i => new AnalyticsIncrement(Today, AnalyticsCounters.Fallback, "câu " + i, 1)).ToList(), default);

        var fallback = (await store.ReadAsync(Today, Today, default))[0].Get(AnalyticsCounters.Fallback);
        Assert.Equal(51, fallback.Count); // 50 phrases and "(khác)"
        Assert.Equal(5000, fallback.Values.Sum());
    }

    [Fact]
    public async Task WhenTheStoreIsDownTheBufferStopsGrowingAndTurnsGoOn()
    {
        var options = Options.Create(new AnalyticsOptions { MaxBufferedCounters = 100 });
        var buffer = new AnalyticsBuffer(new BrokenStore(), options, NullLogger<AnalyticsBuffer>.Instance);
        for (var i = 0; i < 1000; i++)
        {
            buffer.Add(Today, AnalyticsCounters.Fallback, "câu " + i);
        }

        Assert.Equal(900, buffer.Dropped);
        await buffer.FlushAsync(default); // the failure is logged, not thrown
        buffer.Add(Today, AnalyticsCounters.Turns, "web|button");
        Assert.Equal(900, buffer.Dropped);
    }

    [Fact]
    public async Task DaysOlderThanTheRetentionAreForgotten()
    {
        var store = new InMemoryAnalyticsStore(Options.Create(new AnalyticsOptions { RetentionDays = 7 }));
        await store.AddAsync([new(Today.AddDays(-30), AnalyticsCounters.Turns, "web|button", 1)], default);
        await store.AddAsync([new(Today, AnalyticsCounters.Turns, "web|button", 1)], default);

        var old = (await store.ReadAsync(Today.AddDays(-30), Today.AddDays(-30), default))[0];
        Assert.Empty(old.Counters);
    }

    private sealed class BrokenStore : IAnalyticsStore
    {
        public string Name => "broken";

        public Task AddAsync(IReadOnlyCollection<AnalyticsIncrement> increments, CancellationToken cancellationToken) =>
            throw new TimeoutException("store down");

        public Task<IReadOnlyList<AnalyticsDay>> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
            throw new TimeoutException("store down");
    }
}
