using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.State;

/// <summary>The in-memory store keeps the Redis store's promises: de-duplication by time, kept answers, erase, bounded memory.</summary>
public sealed class InMemoryStoreTests
{
    private static readonly ConversationKey Key = new("telegram", "42");
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EveryUpdateIdWithinTheWindowIsRecognisedHoweverManyCameAfterIt()
    {
        var store = new InMemoryConversationStore(new ManualTime(Start));
        var record = ConversationRecord.New("v");
        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(Key, record with { Turns = i + 1 }, i, "n" + i, default));
        }

        Assert.True((await store.LoadAsync(Key, "n0", default)).AlreadyProcessed);
        Assert.Equal(CommitOutcome.Duplicate, await store.CommitAsync(Key, record, 500, "n0", default));
        Assert.Equal(500, store.MarkCount(Key));
    }

    [Fact]
    public async Task MarksAndTheirKeptAnswersAreForgottenWhenTheWindowHasPassed()
    {
        var time = new ManualTime(Start);
        var store = new InMemoryConversationStore(time) { DeduplicationWindow = TimeSpan.FromHours(24) };
        var answer = new TurnAnswer([Reply.Plain("Xin chào")], "eid", "intro");
        await store.CommitAsync(Key, ConversationRecord.New("v"), 0, "old", answer, default);

        time.Now = Start.AddHours(23);
        var stillKept = await store.LoadAsync(Key, "old", default);
        time.Now = Start.AddHours(24).AddSeconds(1);
        var forgotten = await store.LoadAsync(Key, "old", default);
        await store.CommitAsync(Key, ConversationRecord.New("v"), 1, "new", default);

        Assert.True(stillKept.AlreadyProcessed);
        Assert.Equal("Xin chào", stillKept.Answer!.Replies[0].Text);
        Assert.False(forgotten.AlreadyProcessed);
        Assert.Null(forgotten.Answer);
        Assert.Equal(1, store.MarkCount(Key)); // the commit pruned what expired: memory follows the window, not a count
    }

    [Fact]
    public async Task AQuietConversationsMarksAreSweptAway()
    {
        var time = new ManualTime(Start);
        var store = new InMemoryConversationStore(time);
        var quiet = new ConversationKey("web", "quiet");
        await store.CommitAsync(quiet, ConversationRecord.New("v"), 0, "q1", default);

        time.Now = Start.AddDays(2);
        await store.CommitAsync(Key, ConversationRecord.New("v"), 0, "busy-1", default);

        Assert.Equal(0, store.MarkCount(quiet));
    }

    [Fact]
    public async Task AnEraseKeepsOnlyItsOwnMark()
    {
        var store = new InMemoryConversationStore(new ManualTime(Start));
        await store.CommitAsync(Key, ConversationRecord.New("v"), 0, "a", default);
        await store.CommitAsync(Key, ConversationRecord.New("v"), 1, "b", default);

        Assert.Equal(CommitOutcome.Committed, await store.CommitAsync(Key, null, 2, "forget", default));

        Assert.Equal(ConversationSnapshot.Empty with { AlreadyProcessed = true }, await store.LoadAsync(Key, "forget", default));
        Assert.False((await store.LoadAsync(Key, "a", default)).AlreadyProcessed);
        Assert.Equal(1, store.MarkCount(Key));
    }
}
