using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>Counts what a turn really sends to Redis, from the server's side (MONITOR).</summary>
public sealed class RoundTripTests
{
    [Fact]
    public async Task ATurnSendsAtMostTwoCommandsToRedis()
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
        Assert.NotEmpty(sent);
        Assert.True(sent.Count <= 2 * turns, $"{sent.Count} commands for {turns} turns:\n{string.Join("\n", sent.Take(10))}");
        Assert.All(sent, c => Assert.Contains("\"evalsha\"", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AWebChatTurnThatKeepsItsAnswerStillSendsTwoCommandsAndARetryOne()
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
            Assert.Equal(Bot.Dialogs.Pipeline.TurnRunStatus.Answered, (await bot.SendKeptAsync(resident, i % 2 == 0 ? payload : "c:back", "w" + i)).Status);
        }

        for (var i = 0; i < turns; i++)
        {
            Assert.Equal(Bot.Dialogs.Pipeline.TurnRunStatus.Replayed, (await bot.SendKeptAsync(resident, "c:menu", "w" + i)).Status);
        }

        var marker = "end-" + Guid.NewGuid().ToString("N");
        Assert.Equal(marker, await server.CommandAsync("ECHO " + marker));
        var sent = (await monitor.ClientCommandsUntilAsync(marker))
            .Where(c => !c.Contains("\"ping\"", StringComparison.OrdinalIgnoreCase) && !c.Contains("\"echo\"", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.All(sent, c => Assert.Contains("\"evalsha\"", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2 * turns + turns, sent.Count); // two per turn (load, commit), one per retry (load, which brings the kept answer)
    }
}
