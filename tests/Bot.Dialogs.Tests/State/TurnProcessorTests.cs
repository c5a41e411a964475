using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.State;

/// <summary>The turn pipeline: commit before reply, answer each update once, keep turns in order.</summary>
public sealed class TurnProcessorTests
{
    private static readonly ConversationKey Key = new("test", "chat-1");

    private static TurnProcessor NewProcessor(IConversationStore? store = null, IEnumerable<ITurnHandler>? handlers = null) =>
        new(store ?? new InMemoryConversationStore(), new FixedEngineProvider(Fixtures.Engine), handlers);

    [Fact]
    public async Task AConversationContinuesWhereItLeftOff()
    {
        var turns = NewProcessor();
        await turns.ProcessAsync(Key, InboundMessage.FromText("hi"));
        await turns.ProcessAsync(Key, InboundMessage.FromText("1"));
        var result = await turns.ProcessAsync(Key, InboundMessage.FromText("2"));

        Assert.Equal(("card", "ask_urgent"), (result.FlowId, result.NodeId));
    }

    [Fact]
    public async Task ARedeliveredUpdateIsAnsweredOnlyOnce()
    {
        var turns = NewProcessor();
        await turns.ProcessAsync(Key, InboundMessage.FromText("hi", "u1"));
        var first = await turns.ProcessAsync(Key, InboundMessage.FromText("1", "u2"));
        var again = await turns.ProcessAsync(Key, InboundMessage.FromText("1", "u2"));

        Assert.NotEmpty(first.Replies);
        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
        var snapshot = await turns.Store.LoadAsync(Key, null, default);
        Assert.Equal(2, snapshot.Record!.Turns);
    }

    [Fact]
    public async Task HundredConcurrentUpdatesToOneConversationAreAllCountedOnce()
    {
        var turns = NewProcessor();
        await Task.WhenAll(Enumerable.Range(0, 100).Select(i =>
            turns.ProcessAsync(Key, InboundMessage.FromText("menu", "u" + i))));

        var snapshot = await turns.Store.LoadAsync(Key, null, default);
        Assert.Equal(100, snapshot.Record!.Turns);
        Assert.Equal(100, snapshot.Version);
    }

    [Fact]
    public async Task ForgetDeletesTheStoredRecord()
    {
        var turns = NewProcessor();
        await turns.ProcessAsync(Key, InboundMessage.FromText("hi"));
        var result = await turns.ProcessAsync(Key, InboundMessage.FromText("/forget"));

        Assert.Contains(result.Replies, r => r.Text.Contains("Đã xóa dữ liệu"));
        var snapshot = await turns.Store.LoadAsync(Key, null, default);
        Assert.Null(snapshot.Record);
    }

    [Fact]
    public async Task AFailingPlugInGetsOneApologyAndNothingIsSaved()
    {
        var turns = NewProcessor(handlers: [new ThrowingHandler()]);
        var result = await turns.ProcessAsync(Key, InboundMessage.FromText("boom"));

        Assert.Single(result.Replies);
        Assert.Contains("sự cố", result.Replies[0].Text);
        var snapshot = await turns.Store.LoadAsync(Key, null, default);
        Assert.Equal(0, snapshot.Record!.Turns);
    }

    [Fact]
    public async Task AnUnreadableRecordRestartsPolitely()
    {
        var turns = NewProcessor(new UnreadableStore());
        var result = await turns.ProcessAsync(Key, InboundMessage.FromText("hello"));

        Assert.Contains(result.Replies, r => r.Text.Contains("không đọc được"));
        Assert.Contains(result.Replies, r => r.Buttons.Any(b => b.Label == "Thẻ căn cước"));
    }

    [Fact]
    public async Task WhenTheStoreIsDownTheCallerIsToldAndNothingIsAnswered()
    {
        var turns = NewProcessor(new DownStore());
        await Assert.ThrowsAsync<StoreUnavailableException>(() => turns.ProcessAsync(Key, InboundMessage.FromText("hi")));
    }

    [Fact]
    public async Task TheKeyedLockIsReleasedAfterEveryTurn()
    {
        var locks = new KeyedLock<string>();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using (await locks.AcquireAsync("k" + (i % 5), default))
            {
                await Task.Yield();
            }
        }));

        Assert.Equal(0, locks.ActiveKeys);
    }

    private sealed class ThrowingHandler : ITurnHandler
    {
        public ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
            context.Input.Text == "boom" ? throw new InvalidOperationException("plug-in bug") : ValueTask.FromResult<HandlerResult?>(null);
    }

    private sealed class UnreadableStore : IConversationStore
    {
        public string Name => "unreadable";

        public bool IsDurable => true;

        public ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(new ConversationSnapshot(null, 7, false, Unreadable: true));

        public ValueTask<CommitOutcome> CommitAsync(ConversationKey key, ConversationRecord? record, long expectedVersion, string? updateId, TurnAnswer? answer, CancellationToken cancellationToken) =>
            ValueTask.FromResult(expectedVersion == 7 ? CommitOutcome.Committed : CommitOutcome.VersionConflict);
    }
}
