using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Tests.State;

/// <summary>
/// The channel adapter contract (<see cref="TurnProcessor.RunTurnAsync"/>) and its one turn-error policy:
/// what a channel is told, what the resident gets, what an operator finds in the log and the metrics.
/// </summary>
public sealed class TurnRunTests
{
    private static string Apology => Fixtures.Engine.Content.Text(TextKeys.Error, "vi");

    private static (TurnProcessor Turns, CapturedLog<TurnProcessor> Log) NewProcessor(IConversationStore? store = null, params ITurnHandler[] handlers)
    {
        var log = new CapturedLog<TurnProcessor>();
        return (new TurnProcessor(store ?? new InMemoryConversationStore(), new FixedEngineProvider(Fixtures.Engine), handlers, logger: log), log);
    }

    private static ConversationKey NewKey() => new("test-" + Guid.NewGuid().ToString("N")[..8], "chat-1");

    [Fact]
    public async Task WhenTheStoreIsDownTheChannelIsToldToRetryAndTheResidentGetsNothingYet()
    {
        using var metrics = new MeasuredInstruments();
        var (turns, log) = NewProcessor(new DownStore());
        var key = NewKey();
        var sink = new RecordingSink();

        var run = await turns.RunTurnAsync(key, InboundMessage.FromText("hi", "u1"), sink);

        Assert.Equal(TurnRunStatus.RetryLater, run.Status);
        Assert.False(run.Processed);
        Assert.Empty(sink.Delivered); // no apology: the platform delivers the update again and it gets its real answer
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(run.TurnId) && e.Message.Contains("store_unavailable"));
        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Error);
        Assert.Equal(1, metrics.Total(BotMetricNames.TurnFailures, ("channel", key.Channel), ("reason", "store_unavailable")));
    }

    [Fact]
    public async Task AFailingPlugInIsLoggedWithTheTurnIdCountedAndApologisedForOnce()
    {
        using var metrics = new MeasuredInstruments();
        var (turns, log) = NewProcessor(null, new ThrowingHandler());
        var key = NewKey();
        var sink = new RecordingSink();

        var run = await turns.RunTurnAsync(key, InboundMessage.FromText("boom", "u1"), sink);
        var again = await turns.RunTurnAsync(key, InboundMessage.FromText("boom", "u1"), sink);

        Assert.Equal(TurnRunStatus.Apologised, run.Status);
        Assert.Equal(Apology, Assert.Single(Assert.Single(sink.Delivered).Replies).Text);
        Assert.Equal(TurnRunStatus.AlreadyAnswered, again.Status); // a redelivery is not a second failure nor a second apology
        var error = Assert.Single(log.Entries, e => e.Level == LogLevel.Error);
        Assert.Contains(run.TurnId, error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Equal(1, metrics.Total(BotMetricNames.TurnFailures, ("channel", key.Channel), ("reason", "error")));
        Assert.Equal(0, (await turns.Store.LoadAsync(key, null, default)).Record!.Turns); // nothing half-done was saved
    }

    [Fact]
    public async Task AFailureOutsideTheDialogIsApologisedForAndNothingIsSaved()
    {
        using var metrics = new MeasuredInstruments();
        var store = new BrokenCommitStore();
        var (turns, log) = NewProcessor(store);
        var key = NewKey();
        var sink = new RecordingSink();

        var run = await turns.RunTurnAsync(key, InboundMessage.FromText("hi", "u1") with { PlatformLocale = "en" }, sink);

        Assert.Equal(TurnRunStatus.Apologised, run.Status);
        Assert.Equal(Fixtures.Engine.Content.Text(TextKeys.Error, "en"), Assert.Single(Assert.Single(sink.Delivered).Replies).Text);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(run.TurnId) && e.Exception is InvalidOperationException);
        Assert.Equal(1, metrics.Total(BotMetricNames.TurnFailures, ("channel", key.Channel), ("reason", "error")));
        Assert.Equal(0, store.Commits);
    }

    [Fact]
    public async Task ASinkThatFailsLeavesTheTurnSavedAndTheFailureLogged()
    {
        using var metrics = new MeasuredInstruments();
        var (turns, log) = NewProcessor();
        var key = NewKey();

        var run = await turns.RunTurnAsync(key, InboundMessage.FromText("hi", "u1"), new RecordingSink(failWith: new HttpRequestException("platform down")));

        Assert.Equal(TurnRunStatus.Answered, run.Status); // the state is saved: a redelivery must not run it again
        Assert.Equal(1, (await turns.Store.LoadAsync(key, null, default)).Record!.Turns);
        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains(run.TurnId) && e.Exception is HttpRequestException);
        Assert.Equal(1, metrics.Total(BotMetricNames.TurnFailures, ("channel", key.Channel), ("reason", "delivery")));
    }

    [Fact]
    public async Task ARedeliveryIsReplayedToTheWebChatAndNotSentAgainOnAPlatform()
    {
        var (turns, _) = NewProcessor();
        var web = new ConversationKey("web", "w-" + Guid.NewGuid().ToString("N")[..8]);
        var platform = new ConversationKey("telegram", "t-" + Guid.NewGuid().ToString("N")[..8]);
        var page = new RecordingSink(replaysAnswers: true);
        var telegram = new RecordingSink();

        await turns.RunTurnAsync(web, InboundMessage.FromText("hi", "m1"), page);
        var first = await turns.RunTurnAsync(web, InboundMessage.FromText("1", "m2"), page);
        var retry = await turns.RunTurnAsync(web, InboundMessage.FromText("1", "m2"), page);
        await turns.RunTurnAsync(platform, InboundMessage.FromText("hi", "u1"), telegram);
        var redelivered = await turns.RunTurnAsync(platform, InboundMessage.FromText("hi", "u1"), telegram);

        Assert.Equal(TurnRunStatus.Replayed, retry.Status);
        Assert.Equal(first.Result!.Replies.Select(r => r.Text), retry.Result!.Replies.Select(r => r.Text));
        Assert.Equal((first.Result.FlowId, first.Result.NodeId), (retry.Result.FlowId, retry.Result.NodeId));
        Assert.Equal(3, page.Delivered.Count);
        Assert.Equal(TurnRunStatus.AlreadyAnswered, redelivered.Status);
        Assert.Single(telegram.Delivered);
        Assert.Equal(2, (await turns.Store.LoadAsync(web, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task TurnsOfOneConversationStartedInOrderAreAnsweredInThatOrder()
    {
        var (turns, _) = NewProcessor(null, new SlowEchoHandler());
        var key = NewKey();
        var sink = new RecordingSink();

        await Task.WhenAll(Enumerable.Range(1, 40).Select(i => turns.RunTurnAsync(key, InboundMessage.FromText("echo " + i, "u" + i), sink)));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => "echo " + i), sink.Delivered.Select(d => d.Replies[0].Text));
    }

    private sealed class ThrowingHandler : ITurnHandler
    {
        public ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
            context.Input.Text == "boom" ? throw new InvalidOperationException("plug-in bug") : ValueTask.FromResult<HandlerResult?>(null);
    }

    /// <summary>Answers "echo n" with itself after a random pause, so turns would overtake each other if the lock let them.</summary>
    private sealed class SlowEchoHandler : ITurnHandler
    {
        public async ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken)
        {
            if (context.Input.Text is not { } text || !text.StartsWith("echo ", StringComparison.Ordinal))
            {
                return null;
            }

            await Task.Delay(Random.Shared.Next(0, 3), cancellationToken);
            return new HandlerResult([Reply.Plain(text)]);
        }
    }

    /// <summary>A store with a bug in its commit (not an outage): the kind of failure only an apology can cover.</summary>
    private sealed class BrokenCommitStore : IConversationStore
    {
        public int Commits { get; private set; }

        public string Name => "broken";

        public bool IsDurable => true;

        public ValueTask<ConversationSnapshot> LoadAsync(ConversationKey key, string? updateId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(ConversationSnapshot.Empty);

        public ValueTask<CommitOutcome> CommitAsync(ConversationKey key, ConversationRecord? record, long expectedVersion, string? updateId, TurnAnswer? answer, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the commit script and this code are out of step");
    }
}
