using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace Bot.State.Redis.Tests;

/// <summary>
/// What the Redis store promises, run against a single node and against a 3-master cluster.
/// Each test uses its own key prefix, so tests sharing one Redis never meet.
/// </summary>
public abstract class ConversationStoreSuite(IRedisTarget redis)
{
    private static readonly ConversationKey Resident = new("telegram", "123456");

    private Task<TestBot> StartBotAsync(string prefix) => TestBot.StartAsync(redis.ConnectionString, prefix);

    private static string Text(string key, string locale = "vi") => TestBot.Engine.Content.Text(key, locale);

    [Fact]
    public async Task ANewConversationIsEmptyThenReadsBackWhatWasCommitted()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var empty = await bot.Store.LoadAsync(Resident, "u1", default);
        Assert.Equal(ConversationSnapshot.Empty, empty);

        var record = new ConversationRecord
        {
            Flow = "eid", Node = "ask_sim", ContentVersion = "abc123def456", Locale = "en",
            History = ["menu", "eid/intro", "eid/ask_chip"], Answers = new Dictionary<string, string> { ["chip_card"] = "yes" },
            Turns = 3, UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000),
        };
        Assert.Equal(CommitOutcome.Committed, await bot.Store.CommitAsync(Resident, record, 0, "u1", default));

        var loaded = await bot.Store.LoadAsync(Resident, "u2", default);
        Assert.True(loaded.Version >= DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeMilliseconds(), $"version {loaded.Version}"); // a new conversation starts at Redis's clock (ms), so versions never repeat
        Assert.False(loaded.AlreadyProcessed);
        Assert.False(loaded.Unreadable);
        var read = loaded.Record!;
        Assert.Equal((record.Flow, record.Node, record.ContentVersion, record.Locale, record.Turns, record.UpdatedAt),
            (read.Flow, read.Node, read.ContentVersion, read.Locale, read.Turns, read.UpdatedAt));
        Assert.Equal(record.History, read.History);
        Assert.Equal(record.Answers, read.Answers);
        Assert.True((await bot.Store.LoadAsync(Resident, "u1", default)).AlreadyProcessed);
    }

    [Fact]
    public async Task ACommitOnAStaleVersionWritesNothing()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var first = ConversationRecord.New("v1") with { Turns = 1 };
        var second = ConversationRecord.New("v1") with { Turns = 99 };
        Assert.Equal(CommitOutcome.Committed, await bot.Store.CommitAsync(Resident, first, 0, "a", default));
        Assert.Equal(CommitOutcome.VersionConflict, await bot.Store.CommitAsync(Resident, second, 0, "b", default));

        var loaded = await bot.Store.LoadAsync(Resident, "b", default);
        Assert.Equal(1, loaded.Record!.Turns);
        Assert.False(loaded.AlreadyProcessed); // the losing update was not marked, so its re-run can commit
    }

    [Fact]
    public async Task AnUpdateDeliveredTwiceIsAnsweredOnce()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var first = await bot.SendAsync(Resident, "f:eid", "update-1");
        var again = await bot.SendAsync(Resident, "f:eid", "update-1");

        Assert.NotEmpty(first.Replies);
        Assert.True(again.Duplicate);
        Assert.Empty(again.Replies);
        Assert.Equal(1, (await bot.Store.LoadAsync(Resident, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task AConversationSurvivesARestartOfTheHost()
    {
        var prefix = TestBot.NewPrefix();
        string yes;
        await using (var before = await StartBotAsync(prefix))
        {
            var intro = await before.SendAsync(Resident, "f:eid", "1");
            var askChip = await before.SendAsync(Resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "2");
            Assert.Equal("ask_chip", askChip.NodeId);
            yes = TestBot.Button(askChip, "Có");
        }

        await using var after = await StartBotAsync(prefix);
        var next = await after.SendAsync(Resident, yes, "3");

        Assert.Equal(("eid", "ask_sim"), (next.FlowId, next.NodeId));
        var record = (await after.Store.LoadAsync(Resident, null, default)).Record!;
        Assert.Equal(3, record.Turns);
        Assert.Equal("yes", record.Answers["chip_card"]);
    }

    [Fact]
    public async Task TwoInstancesTakingTurnsOnOneConversationApplyEveryMessageOnceAndInOrder()
    {
        var prefix = TestBot.NewPrefix();
        await using var a = await StartBotAsync(prefix);
        await using var b = await StartBotAsync(prefix);
        TestBot[] instances = [a, b];

        var result = await a.SendAsync(Resident, "f:eid", "m1");
        string[] labels = ["Tôi muốn làm mức 2", "Có", "Có, chính chủ"];
        string[] expected = ["ask_chip", "ask_sim", "level2"];
        for (var i = 0; i < labels.Length; i++)
        {
            var id = "m" + (i + 2);
            var instance = instances[(i + 1) % 2];
            var other = instances[i % 2];
            // Each button exists only on the step the previous message led to: out-of-order or lost
            // state would make it stale.
            result = await instance.SendAsync(Resident, TestBot.Button(result, labels[i]), id);
            Assert.Equal(expected[i], result.NodeId);
            Assert.True((await other.SendAsync(Resident, "c:menu", id)).Duplicate, $"redelivery of {id} to the other instance");
        }

        var record = (await b.Store.LoadAsync(Resident, null, default)).Record!;
        Assert.Equal(4, record.Turns);
        Assert.Equal(("eid", "level2"), (record.Flow, record.Node));
        Assert.Equal(["eid/intro", "eid/ask_chip", "eid/ask_sim"], record.History.TakeLast(3));
        Assert.Equal(("yes", "yes"), (record.Answers["chip_card"], record.Answers["own_sim"]));
    }

    [Fact]
    public async Task AHundredConcurrentUpdatesToOneConversationAreEachAppliedExactlyOnce()
    {
        var prefix = TestBot.NewPrefix();
        var instances = new List<TestBot>();
        for (var i = 0; i < 4; i++)
        {
            instances.Add(await StartBotAsync(prefix));
        }

        try
        {
            var results = await Task.WhenAll(Enumerable.Range(1, 100).Select(n => DeliverUntilAcceptedAsync(instances[n % 4], "c:help", "upd-" + n)));

            Assert.Equal(100, results.Count(r => !r.Duplicate));
            var record = (await instances[0].Store.LoadAsync(Resident, null, default)).Record!;
            Assert.Equal(100, record.Turns);

            var redelivered = await Task.WhenAll(Enumerable.Range(1, 100).Select(n => instances[(n + 1) % 4].SendAsync(Resident, "c:help", "upd-" + n)));
            Assert.All(redelivered, r => Assert.True(r.Duplicate));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    /// <summary>What a webhook platform does: a 5xx (lost version race) means "deliver again later".</summary>
    private static async Task<TurnResult> DeliverUntilAcceptedAsync(TestBot bot, string payload, string updateId)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await bot.SendAsync(Resident, payload, updateId);
            }
            catch (TurnConflictException) when (attempt < 50)
            {
                await Task.Yield();
            }
        }
    }

    [Theory]
    [InlineData("/forget")]
    [InlineData("xóa dữ liệu của tôi")]
    public async Task AResidentWhoAsksToBeForgottenIsErasedAndToldSo(string request)
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var intro = await bot.SendAsync(Resident, "f:eid", "1");
        var askChip = await bot.SendAsync(Resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "2");
        await bot.SendAsync(Resident, TestBot.Button(askChip, "Có"), "3");

        var forgotten = await bot.SendAsync(Resident, request, "4");

        Assert.Equal(Text(TextKeys.Forgotten), forgotten.Replies[0].Text);
        var keys = await bot.DumpAsync();
        // Only the erase's own de-duplication mark is left (an 8-byte hash, expiring with the window),
        // so a redelivered "/forget" is not answered twice.
        var left = Assert.Single(keys);
        Assert.EndsWith(":u", left.Key);
        Assert.Equal(ConversationSnapshot.Empty with { AlreadyProcessed = true }, await bot.Store.LoadAsync(Resident, "4", default));
        Assert.True((await bot.SendAsync(Resident, request, "4")).Duplicate);
    }

    [Fact]
    public async Task NothingStoredContainsThePhoneOrIdNumbersAResidentTyped()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        string[] typed = ["0912345678", "số của tôi là 0987 654 321", "CCCD 001203012345", "+84912345678", "001203012345 0912345678"];
        var n = 0;
        var intro = await bot.SendAsync(Resident, "f:eid", "p" + n++);
        foreach (var text in typed)
        {
            await bot.SendAsync(Resident, text, "p" + n++);
        }

        await bot.SendAsync(Resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "p" + n++);
        foreach (var text in typed)
        {
            await bot.SendAsync(new ConversationKey("web", "w" + n), text, "p" + n++);
        }

        var dump = await bot.DumpAsync();
        Assert.NotEmpty(dump);
        var everything = string.Join("\n", dump.Select(kv => kv.Key + "=" + kv.Value));
        var compact = everything.Replace(" ", "").Replace(".", "").Replace("-", "");
        foreach (var number in new[] { "0912345678", "0987654321", "001203012345", "84912345678" })
        {
            Assert.DoesNotContain(number, compact);
        }
    }

    [Fact]
    public async Task AnUnreadableRecordIsReplacedAndTheResidentStartsAgainPolitely()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var keys = new ConversationKeys(bot.Options.KeyPrefix);
        await bot.Redis.GetDatabase().StringSetAsync(keys.Record(Resident), "7|{\"f\":[1,2]");

        var first = await bot.SendAsync(Resident, "f:eid", "1");
        var second = await bot.SendAsync(Resident, TestBot.Button(first, "Tôi muốn làm mức 2"), "2");

        Assert.Equal(Text(TextKeys.StateReset), first.Replies[0].Text);
        Assert.Equal("ask_chip", second.NodeId);
        Assert.Equal(9, (await bot.Store.LoadAsync(Resident, null, default)).Version);
    }

    [Fact]
    public async Task AKeyOfTheWrongTypeIsReplacedInsteadOfFailingEveryTurn()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var keys = new ConversationKeys(bot.Options.KeyPrefix);
        var db = bot.Redis.GetDatabase();
        await db.HashSetAsync(keys.Record(Resident), "written", "by an old version");
        await db.ListRightPushAsync(keys.Marks(Resident), "not a sorted set");

        var first = await bot.SendAsync(Resident, "f:eid", "1");
        var again = await bot.SendAsync(Resident, "f:eid", "1");

        Assert.Equal(Text(TextKeys.StateReset), first.Replies[0].Text);
        Assert.Equal("intro", first.NodeId);
        Assert.True(again.Duplicate);
    }

    [Fact]
    public async Task AStepRemovedByAContentChangeGetsAnApologyAndTheFlowStart()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var old = ConversationRecord.New("000000000000") with { Flow = "eid", Node = "a_step_that_was_deleted", History = ["menu"], Turns = 5 };
        Assert.Equal(CommitOutcome.Committed, await bot.Store.CommitAsync(Resident, old, 0, null, default));

        var result = await bot.SendAsync(Resident, "ừ", "1");

        Assert.Equal(Text(TextKeys.ContentChanged), result.Replies[0].Text);
        Assert.Equal(("eid", TestBot.Engine.Content.FindFlow("eid")!.Start), (result.FlowId, result.NodeId));
        var stored = (await bot.Store.LoadAsync(Resident, null, default)).Record!;
        Assert.Equal(TestBot.Engine.Content.Version, stored.ContentVersion);
    }

    [Fact]
    public async Task EveryKeyOfAConversationLivesInOneClusterSlotAndExpiresWhenAbandoned()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        await bot.SendAsync(Resident, "f:eid", "1");
        var keys = new ConversationKeys(bot.Options.KeyPrefix);
        var db = bot.Redis.GetDatabase();

        Assert.Equal(bot.Redis.HashSlot(keys.Record(Resident)), bot.Redis.HashSlot(keys.Marks(Resident)));
        var recordTtl = await db.KeyTimeToLiveAsync(keys.Record(Resident));
        var marksTtl = await db.KeyTimeToLiveAsync(keys.Marks(Resident));
        Assert.InRange(recordTtl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));
        Assert.InRange(marksTtl!.Value, TimeSpan.FromHours(23), TimeSpan.FromHours(24));
    }

    [Fact]
    public async Task EveryUpdateIdWithinTheWindowIsRecognisedHoweverManyCameAfterIt()
    {
        // Was: only the newest 100 marks were kept, so replaying the 101st-newest update applied it again.
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var record = ConversationRecord.New("v");
        var version = 0L;
        for (var i = 0; i < 250; i++)
        {
            Assert.Equal(CommitOutcome.Committed, await bot.Store.CommitAsync(Resident, record with { Turns = i + 1 }, version, "n" + i, default));
            version = (await bot.Store.LoadAsync(Resident, null, default)).Version;
        }

        var marks = await bot.Redis.GetDatabase().SortedSetLengthAsync(new ConversationKeys(bot.Options.KeyPrefix).Marks(Resident));
        Assert.Equal(250, marks);
        for (var i = 0; i < 250; i += 7)
        {
            // The commit is where a redelivery is recognised (a load served from this instance's cache does not ask Redis).
            Assert.Equal(CommitOutcome.Duplicate, await bot.Store.CommitAsync(Resident, record with { Turns = 999 }, version, "n" + i, default));
            Assert.True((await bot.SendAsync(Resident, "c:menu", "n" + i)).Duplicate, "n" + i);
        }

        Assert.Equal(250, (await bot.Store.LoadAsync(Resident, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task MarksAreForgottenByTimeTogetherWithTheAnswersKeptForThem()
    {
        await using var bot = await TestBot.StartAsync(redis.ConnectionString, TestBot.NewPrefix(), deduplicationWindow: TimeSpan.FromMilliseconds(600));
        var keys = new ConversationKeys(bot.Options.KeyPrefix);
        var db = bot.Redis.GetDatabase();
        await bot.SendKeptAsync(Resident, "f:eid", "old-1");
        await bot.SendKeptAsync(Resident, "c:help", "old-2");
        Assert.Equal(2, await db.HashLengthAsync(keys.Answers(Resident)));

        await Task.Delay(800);
        Assert.False((await bot.Store.LoadAsync(Resident, "old-1", default)).AlreadyProcessed); // the window has passed
        await bot.SendKeptAsync(Resident, "c:menu", "new-1"); // the next commit prunes what expired

        Assert.Equal(ConversationKeys.Mark("new-1"), Assert.Single(await db.SortedSetRangeByRankAsync(keys.Marks(Resident))));
        Assert.Equal(1, await db.HashLengthAsync(keys.Answers(Resident)));
        Assert.True(await db.HashExistsAsync(keys.Answers(Resident), ConversationKeys.Mark("new-1")));
    }

    [Fact]
    public async Task ARetriedWebChatUpdateGetsTheAnswerItGotTheFirstTimeAndCountsOnce()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var key = new ConversationKey("web", "retry-1");
        var intro = (await bot.SendKeptAsync(key, "f:eid", "m1")).Result!;
        var first = await bot.SendKeptAsync(key, TestBot.Button(intro, "Tôi muốn làm mức 2"), "m2");

        var retry = await bot.SendKeptAsync(key, TestBot.Button(intro, "Tôi muốn làm mức 2"), "m2");
        var older = await bot.SendKeptAsync(key, "f:eid", "m1");

        Assert.Equal(TurnRunStatus.Answered, first.Status);
        Assert.Equal(TurnRunStatus.Replayed, retry.Status);
        Assert.Equal(TestBot.Describe(first.Result!.Replies), TestBot.Describe(retry.Result!.Replies));
        Assert.Equal(("eid", "ask_chip"), (retry.Result.FlowId, retry.Result.NodeId));
        Assert.Equal(TestBot.Describe(intro.Replies), TestBot.Describe(older.Result!.Replies));
        Assert.Equal(("eid", "intro"), (older.Result.FlowId, older.Result.NodeId)); // where it stood after *that* update
        Assert.Equal(2, (await bot.Store.LoadAsync(key, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task KeptAnswersAreSealedSoRedisHoldsNothingReadableOfThem()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var key = new ConversationKey("web", "sealed-1");
        var run = await bot.SendKeptAsync(key, "f:eid", "a-message-id-only-the-page-knows");
        var text = run.Result!.Replies[0].Text;

        var stored = await bot.Redis.GetDatabase().HashGetAllAsync(new ConversationKeys(bot.Options.KeyPrefix).Answers(key));

        var kept = Assert.Single(stored);
        Assert.DoesNotContain(text[..20], System.Text.Encoding.UTF8.GetString(kept.Value!), StringComparison.Ordinal);
        Assert.DoesNotContain("eid", System.Text.Encoding.Latin1.GetString(kept.Value!), StringComparison.Ordinal);
        Assert.Equal(TestBot.Describe(run.Result.Replies), TestBot.Describe((await bot.Store.LoadAsync(key, "a-message-id-only-the-page-knows", default)).Answer!.Replies));
        Assert.Null((await bot.Store.LoadAsync(key, "another-id", default)).Answer);
    }

    [Fact]
    public async Task PlatformTurnsKeepNoAnswersAndARedeliveryIsNotAnsweredAgain()
    {
        await using var bot = await StartBotAsync(TestBot.NewPrefix());
        var sink = new PlatformSink();
        var first = await bot.Turns.RunTurnAsync(Resident, InboundMessage.FromPayload("f:eid", "p1"), sink);
        var again = await bot.Turns.RunTurnAsync(Resident, InboundMessage.FromPayload("f:eid", "p1"), sink);

        Assert.Equal(TurnRunStatus.Answered, first.Status);
        Assert.Equal(TurnRunStatus.AlreadyAnswered, again.Status);
        Assert.Equal(1, sink.Deliveries);
        Assert.False(await bot.Redis.GetDatabase().KeyExistsAsync(new ConversationKeys(bot.Options.KeyPrefix).Answers(Resident)));
    }

    private sealed class PlatformSink : IReplySink
    {
        public int Deliveries { get; private set; }

        public bool ReplaysAnswers => false;

        public Task DeliverAsync(TurnResult result, CancellationToken cancellationToken)
        {
            Deliveries++;
            return Task.CompletedTask;
        }
    }
}
