using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>Counts what a turn really sends to Redis, from the server's side (MONITOR).</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task ATurnOfAConversationThisInstanceServedSendsOneCommandToRedis()
    {
        await using var server = await RedisServer.StartAsync();
        var clientName = "counted-" + Guid.NewGuid().ToString("N")[..8];
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix(), clientName);
        var resident = new ConversationKey("zalo-oa", "8877665544");
        var first = await bot.SendAsync(resident, "f:eid", "warm-up"); // loads the scripts into Redis's cache

        await using var monitor = await CommandMonitor.StartAsync(server.Port);
        var payload = TestBot.Button(first, "Tôi muốn làm mức 2");
        const int turns = 20;
        for (var i = 0; i < turns; i++)
        {
            var result = await bot.SendAsync(resident, i % 2 == 0 ? payload : "c:back", "t" + i);
            Assert.False(result.Duplicate);
        }

        var marker = "end-" + Guid.NewGuid().ToString("N");
        Assert.Equal(marker, await server.CommandAsync("ECHO " + marker));
        var commands = await monitor.ClientCommandsUntilAsync(marker);

        // Keep-alives (PING/ECHO) are per connection, not per turn; everything else the bot's
        // connection sent is counted.
        var sent = commands.Where(c => !c.Contains("\"ping\"", StringComparison.OrdinalIgnoreCase)
                                       && !c.Contains("\"echo\"", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(turns, sent.Count); // the commit alone: the record and version came from this instance's last commit
        Assert.All(sent, c => Assert.Contains("\"evalsha\"", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ATurnAfterAnotherInstanceMovedTheConversationOnSendsTwoCommandsAndStillFollowsIt()
    {
        await using var server = await RedisServer.StartAsync();
        var prefix = TestBot.NewPrefix();
        var clientName = "counted-" + Guid.NewGuid().ToString("N")[..8];
        await using var counted = await TestBot.StartAsync(server.Endpoint, prefix, clientName);
        await using var other = await TestBot.StartAsync(server.Endpoint, prefix);
        var resident = new ConversationKey("telegram", "44332211");
        var intro = await counted.SendAsync(resident, "f:eid", "1"); // counted's copy: intro
        var askChip = await other.SendAsync(resident, TestBot.Button(intro, "Tôi muốn làm mức 2"), "2"); // the truth: ask_chip

        await using var monitor = await CommandMonitor.StartAsync(server.Port);
        var next = await counted.SendAsync(resident, TestBot.Button(askChip, "Có"), "3");
        var marker = "end-" + Guid.NewGuid().ToString("N");
        Assert.Equal(marker, await server.CommandAsync("ECHO " + marker));
        var sent = (await monitor.ClientCommandsUntilAsync(marker))
            .Where(c => !c.Contains("\"ping\"", StringComparison.OrdinalIgnoreCase) && !c.Contains("\"echo\"", StringComparison.OrdinalIgnoreCase))
            .ToList();

        // The stale commit is refused and brings the current record back; the turn runs again on it.
        Assert.Equal("ask_sim", next.NodeId);
        Assert.Equal(2, sent.Count);
        Assert.All(sent, c => Assert.Contains("\"evalsha\"", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AWebChatTurnThatKeepsItsAnswerSendsOneCommandAndARetryOne()
    {
        await using var server = await RedisServer.StartAsync();
        var clientName = "counted-" + Guid.NewGuid().ToString("N")[..8];
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix(), clientName);
        var resident = new ConversationKey("web", "page-1");
        var first = (await bot.SendKeptAsync(resident, "f:eid", "warm-up")).Result!; // loads the scripts into Redis's cache

        await using var monitor = await CommandMonitor.StartAsync(server.Port);
        var payload = TestBot.Button(first, "Tôi muốn làm mức 2");
        const int turns = 10;
        for (var i = 0; i < turns; i++)
        {
            // What the page does: a message, and when its answer was lost on the way, the same message again.
            Assert.Equal(Bot.Dialogs.Pipeline.TurnRunStatus.Answered, (await bot.SendKeptAsync(resident, i % 2 == 0 ? payload : "c:back", "w" + i)).Status);
            Assert.Equal(Bot.Dialogs.Pipeline.TurnRunStatus.Replayed, (await bot.SendKeptAsync(resident, "c:menu", "w" + i)).Status);
        }

        var marker = "end-" + Guid.NewGuid().ToString("N");
        Assert.Equal(marker, await server.CommandAsync("ECHO " + marker));
        var sent = (await monitor.ClientCommandsUntilAsync(marker))
            .Where(c => !c.Contains("\"ping\"", StringComparison.OrdinalIgnoreCase) && !c.Contains("\"echo\"", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.All(sent, c => Assert.Contains("\"evalsha\"", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(turns + turns, sent.Count); // one per turn (the commit; the record is this instance's), one per retry (load, which brings the kept answer)
    }
}
