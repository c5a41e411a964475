using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Understanding.Inbox;
using Bot.State.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Bot.State.Redis.Tests;

/// <summary>The misunderstood inbox in Redis: grouped, counted, dismissed, kept 90 days, on one node and on a cluster.</summary>
public abstract class MissedMessageStoreSuite(IRedisTarget redis) : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly MissSuggestion[] Suggestions = [new("eid", null, 0.31), new("services", "id_renew", 0.22)];
    private readonly string _prefix = SharedRedisServer.NewPrefix();
    private ConnectionMultiplexer? _connection;

    private ConnectionMultiplexer Connection => _connection ?? throw new InvalidOperationException("not connected");

    public async Task InitializeAsync() => _connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);

    public async Task DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private RedisMissedMessageStore Store() => new(Connection, _prefix, TimeProvider.System);

    private static MissSighting Seen(string text, DateTimeOffset at) => new(MissKey.Of(text), text, Suggestions, at);

    [Fact]
    public async Task TheSameWordsAreOneEntryCountedWithFirstAndLastSeenAndSuggestions()
    {
        var store = Store();
        var now = DateTimeOffset.UtcNow;
        await store.RecordAsync(Seen("Mất app VNeID rồi", now.AddMinutes(-5)), default);
        await store.RecordAsync(Seen("mat app vneid roi", now), default);

        var entry = Assert.Single(await store.ListAsync(10, default));

        Assert.Equal(("Mất app VNeID rồi", 2L), (entry.Text, entry.Count));
        Assert.Equal(now.AddMinutes(-5).ToUnixTimeMilliseconds(), entry.FirstSeen.ToUnixTimeMilliseconds());
        Assert.Equal(now.ToUnixTimeMilliseconds(), entry.LastSeen.ToUnixTimeMilliseconds());
        Assert.Equal(Suggestions, entry.Suggestions);
        var found = await store.FindAsync(entry.Id, default);
        Assert.Equal((entry.Text, entry.Count, entry.LastSeen), (found!.Text, found.Count, found.LastSeen));
        Assert.Equal(Suggestions, found.Suggestions);
    }

    [Fact]
    public async Task EveryKeyExpiresNinetyDaysAfterTheLastSighting()
    {
        var store = Store();
        await store.RecordAsync(Seen("hỏi gì đó", DateTimeOffset.UtcNow), default);
        var db = Connection.GetDatabase();

        foreach (var key in new[] { _prefix + "{misses}:i:" + MissKey.Of("hỏi gì đó"), _prefix + "{misses}:open", _prefix + "{misses}:seen" })
        {
            var ttl = await db.KeyTimeToLiveAsync(key);
            Assert.InRange(ttl!.Value, TimeSpan.FromDays(90) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(90));
        }
    }

    [Fact]
    public async Task MostOftenSentComesFirstWithinTheLimit()
    {
        var store = Store();
        await store.RecordAsync(Seen("một", Start), default);
        await store.RecordAsync(Seen("hai", Start), default);
        await store.RecordAsync(Seen("hai", Start), default);
        await store.RecordAsync(Seen("ba", Start), default);
        await store.RecordAsync(Seen("ba", Start), default);
        await store.RecordAsync(Seen("ba", Start), default);

        Assert.Equal(["ba", "hai"], (await store.ListAsync(2, default)).Select(m => m.Text));
    }

    [Fact]
    public async Task ADismissedEntryStaysHiddenAndAnAssignedOneComesBackAsNew()
    {
        var store = Store();
        await store.RecordAsync(Seen("chào", Start), default);
        await store.RecordAsync(Seen("hỏi lại", Start), default);

        Assert.True(await store.DismissAsync(MissKey.Of("chào"), default));
        Assert.False(await store.DismissAsync(MissKey.Of("chào"), default));
        Assert.True(await store.RemoveAsync(MissKey.Of("hỏi lại"), default));
        Assert.False(await store.RemoveAsync(MissKey.Of("chưa từng có"), default));
        await store.RecordAsync(Seen("chào", Start), default);
        await store.RecordAsync(Seen("hỏi lại", Start), default);

        var entry = Assert.Single(await store.ListAsync(10, default));
        Assert.Equal(("hỏi lại", 1L), (entry.Text, entry.Count));
        Assert.Null(await store.FindAsync(MissKey.Of("chào"), default));
    }

    [Fact]
    public async Task AnUnreachableRedisIsAStoreUnavailableErrorNotACrash()
    {
        await using var nowhere = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{FreePort.Find()},abortConnect=false,connectTimeout=200,asyncTimeout=500,syncTimeout=500");
        var store = new RedisMissedMessageStore(nowhere, _prefix, TimeProvider.System);

        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.RecordAsync(Seen("x y", Start), default));
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.ListAsync(5, default));
    }
}
