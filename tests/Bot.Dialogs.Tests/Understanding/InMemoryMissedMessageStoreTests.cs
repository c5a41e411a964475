using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Understanding.Inbox;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>The in-memory inbox: grouped by folded text, counted, dismissed, forgotten after 90 days, bounded.</summary>
public sealed class InMemoryMissedMessageStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly MissSuggestion[] Eid = [new("eid", null, 0.31)];

    private static MissSighting Seen(string text, DateTimeOffset at) => new(MissKey.Of(text), text, Eid, at);

    [Fact]
    public async Task TheSameWordsWithOrWithoutDiacriticsAreOneEntryCountedTwice()
    {
        var time = new ManualTime(Start);
        var store = new InMemoryMissedMessageStore(time);

        await store.RecordAsync(Seen("Mất app VNeID rồi!", Start), default);
        await store.RecordAsync(Seen("mat app vneid roi", Start.AddHours(2)), default);
        var entry = Assert.Single(await store.ListAsync(10, default));

        Assert.Equal(MissKey.Of("mat  app vneid ROI"), entry.Id);
        Assert.Equal("Mất app VNeID rồi!", entry.Text);
        Assert.Equal(2, entry.Count);
        Assert.Equal(Start, entry.FirstSeen);
        Assert.Equal(Start.AddHours(2), entry.LastSeen);
        Assert.Equal(Eid, entry.Suggestions);
    }

    [Fact]
    public async Task MostOftenSentComesFirstAndTheLimitHolds()
    {
        var store = new InMemoryMissedMessageStore(new ManualTime(Start));
        await store.RecordAsync(Seen("một", Start), default);
        await store.RecordAsync(Seen("hai", Start), default);
        await store.RecordAsync(Seen("hai", Start), default);
        await store.RecordAsync(Seen("ba", Start.AddMinutes(1)), default);

        var list = await store.ListAsync(2, default);

        Assert.Equal(["hai", "ba"], list.Select(m => m.Text));
    }

    [Fact]
    public async Task ADismissedMessageStaysHiddenWhenItComesAgainButAnAssignedOneReturns()
    {
        var store = new InMemoryMissedMessageStore(new ManualTime(Start));
        await store.RecordAsync(Seen("chào", Start), default);
        await store.RecordAsync(Seen("hỏi lại", Start), default);

        Assert.True(await store.DismissAsync(MissKey.Of("chào"), default));
        Assert.True(await store.RemoveAsync(MissKey.Of("hỏi lại"), default));
        Assert.False(await store.DismissAsync(MissKey.Of("chào"), default));
        await store.RecordAsync(Seen("chào", Start), default);
        await store.RecordAsync(Seen("hỏi lại", Start), default);

        var entry = Assert.Single(await store.ListAsync(10, default));
        Assert.Equal("hỏi lại", entry.Text);
        Assert.Equal(1, entry.Count);
        Assert.Null(await store.FindAsync(MissKey.Of("chào"), default));
    }

    [Fact]
    public async Task EntriesNotSeenFor90DaysAreForgotten()
    {
        var time = new ManualTime(Start);
        var store = new InMemoryMissedMessageStore(time);
        await store.RecordAsync(Seen("cũ", Start), default);
        await store.RecordAsync(Seen("mới", Start.AddDays(60)), default);

        time.Now = Start.AddDays(91);

        Assert.Equal(["mới"], (await store.ListAsync(10, default)).Select(m => m.Text));
    }

    [Fact]
    public async Task BeyondCapacityTheOneSeenLongestAgoMakesRoom()
    {
        var store = new InMemoryMissedMessageStore(new ManualTime(Start), capacity: 2);
        await store.RecordAsync(Seen("a1", Start), default);
        await store.RecordAsync(Seen("b2", Start.AddMinutes(1)), default);
        await store.RecordAsync(Seen("c3", Start.AddMinutes(2)), default);

        Assert.Equal(["c3", "b2"], (await store.ListAsync(10, default)).Select(m => m.Text));
    }
}
