using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>
/// Each instance serves the conversations it committed recently from memory (one Redis round trip per
/// turn). Two instances sharing one real redis-server, both caches warm and each other's copies stale:
/// no turn may be lost or applied twice.
/// </summary>
public sealed class RecentConversationsTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly ConversationKey Resident = new("telegram", "5550001");

    [Fact]
    public async Task UpdatesOfOneChatAlternatingBetweenTwoWarmInstancesMoveTheConversationOnceEachInOrder()
    {
        var prefix = TestBot.NewPrefix();
        await using var a = await TestBot.StartAsync(redis.ConnectionString, prefix);
        await using var b = await TestBot.StartAsync(redis.ConnectionString, prefix);

        // Both caches warm: each instance has committed this chat once.
        var result = await a.SendAsync(Resident, "f:eid", "w1");
        result = await b.SendAsync(Resident, TestBot.Button(result, "Tôi muốn làm mức 2"), "w2");
        Assert.Equal(1, a.Store.CachedConversations);
        Assert.Equal(1, b.Store.CachedConversations);

        // Every step's button exists only on the step before it, so a turn run on a stale copy would
        // either fail to find its button or land on the wrong step.
        string[] labels = ["Có", "Có, chính chủ", "Ở đó làm những gì?", "Đã có tin nhắn, kích hoạt thế nào?", "Bước tiếp theo"];
        string[] expected = ["ask_sim", "level2", "level2_steps", "activate", "activate2"];
        for (var i = 0; i < labels.Length; i++)
        {
            var (instance, other) = i % 2 == 0 ? (a, b) : (b, a);
            var id = "m" + i;
            result = await instance.SendAsync(Resident, TestBot.Button(result, labels[i]), id);
            Assert.False(result.Duplicate);
            Assert.Equal(expected[i], result.NodeId);

            // The same update redelivered to the other instance, whose cached copy is now stale.
            Assert.True((await other.SendAsync(Resident, "c:menu", id)).Duplicate, $"redelivery of {id} to the other instance");
        }

        var record = (await b.Store.LoadAsync(Resident, null, default)).Record!;
        Assert.Equal(2 + labels.Length, record.Turns);
        Assert.Equal(("eid", "activate2"), (record.Flow, record.Node));
        Assert.Equal(("yes", "yes"), (record.Answers["chip_card"], record.Answers["own_sim"]));
    }

    [Fact]
    public async Task ConcurrentUpdatesOfOneChatOnTwoWarmInstancesAreEachAppliedExactlyOnce()
    {
        var prefix = TestBot.NewPrefix();
        await using var a = await TestBot.StartAsync(redis.ConnectionString, prefix);
        await using var b = await TestBot.StartAsync(redis.ConnectionString, prefix);
        await a.SendAsync(Resident, "c:help", "warm-a");
        await b.SendAsync(Resident, "c:help", "warm-b");
        TestBot[] instances = [a, b];

        var results = await Task.WhenAll(Enumerable.Range(1, 60).Select(n => DeliverUntilAcceptedAsync(instances[n % 2], "upd-" + n)));
        var redelivered = await Task.WhenAll(Enumerable.Range(1, 60).Select(n => DeliverUntilAcceptedAsync(instances[(n + 1) % 2], "upd-" + n)));

        Assert.All(results, r => Assert.False(r.Duplicate));
        Assert.All(redelivered, r => Assert.True(r.Duplicate));
        Assert.Equal(62, (await a.Store.LoadAsync(Resident, null, default)).Record!.Turns);
        Assert.Equal(62, (await b.Store.LoadAsync(Resident, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task AConversationErasedAndStartedAgainElsewhereIsNotContinuedFromTheOldCopy()
    {
        var prefix = TestBot.NewPrefix();
        await using var a = await TestBot.StartAsync(redis.ConnectionString, prefix);
        await using var b = await TestBot.StartAsync(redis.ConnectionString, prefix);
        var intro = await a.SendAsync(Resident, "f:eid", "1");
        var askChip = await a.SendAsync(Resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "2"); // a's copy: eid/ask_chip, 2 turns

        // The resident asks to be forgotten and starts again on the other instance (three turns since).
        Assert.Equal(TestBot.Engine.Content.Text(TextKeys.Forgotten, "vi"), (await b.SendAsync(Resident, "/forget", "3")).Replies[0].Text);
        await b.SendAsync(Resident, "c:help", "4");
        await b.SendAsync(Resident, "c:help", "5");
        await b.SendAsync(Resident, "c:help", "6");

        // a's copy: eid/ask_chip after 2 turns, its history starting at eid/intro. A turn run on it
        // would write turn 3 with that history; run on the truth it is turn 4 of the new conversation.
        await a.SendAsync(Resident, TestBot.Button(askChip, "Có"), "7");

        var record = (await a.Store.LoadAsync(Resident, null, default)).Record!;
        Assert.Equal(4, record.Turns);
        Assert.DoesNotContain("eid/intro", record.History);
    }

    [Fact]
    public async Task WithTheCacheOffEveryTurnLoadsAndTheConversationStillMovesOn()
    {
        var prefix = TestBot.NewPrefix();
        await using var bot = await TestBot.StartAsync(redis.ConnectionString, prefix, recentConversations: 0);
        var intro = await bot.SendAsync(Resident, "f:eid", "1");
        var next = await bot.SendAsync(Resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "2");

        Assert.Equal("ask_chip", next.NodeId);
        Assert.Equal(0, bot.Store.CachedConversations);
    }

    [Fact]
    public async Task TheCacheKeepsAtMostItsCapacityAndTheOldestConversationLoadsAgain()
    {
        await using var bot = await TestBot.StartAsync(redis.ConnectionString, TestBot.NewPrefix(), recentConversations: 3);
        for (var chat = 1; chat <= 5; chat++)
        {
            await bot.SendAsync(new ConversationKey("telegram", "70" + chat), "f:eid", "x" + chat);
        }

        var first = new ConversationKey("telegram", "701");
        var next = await bot.SendAsync(first, "c:help", "y1"); // evicted: loaded from Redis, still at its step

        Assert.Equal(3, bot.Store.CachedConversations);
        Assert.False(next.Duplicate);
        Assert.Equal(2, (await bot.Store.LoadAsync(first, null, default)).Record!.Turns);
    }

    /// <summary>What a webhook platform does: a 5xx (lost version race) means "deliver again later".</summary>
    private static async Task<TurnResult> DeliverUntilAcceptedAsync(TestBot bot, string updateId)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await bot.SendAsync(Resident, "c:help", updateId);
            }
            catch (TurnConflictException) when (attempt < 50)
            {
                await Task.Yield();
            }
        }
    }
}
