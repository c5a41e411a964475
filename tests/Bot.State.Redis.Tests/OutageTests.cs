using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.State.Redis.Tests;

/// <summary>Redis dies and comes back while residents are talking.</summary>
public sealed class OutageTests
{
    private static readonly ConversationKey Resident = new("telegram", "4242");

    [Fact]
    public async Task WhileRedisIsDownTurnsFailCleanlyAndAfterItReturnsNoTurnIsLostOrDoubled()
    {
        await using var server = await RedisServer.StartAsync(durable: true);
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix());
        for (var i = 1; i <= 3; i++)
        {
            await bot.SendAsync(Resident, "c:help", "u" + i);
        }

        server.Kill();
        var failed = new List<string>();
        for (var i = 4; i <= 6; i++)
        {
            await Assert.ThrowsAsync<StoreUnavailableException>(() => bot.SendAsync(Resident, "c:help", "u" + i));
            failed.Add("u" + i); // the channel answered 5xx; the platform will deliver it again
        }

        await server.RestartAsync();
        await WaitUntilConnectedAsync(bot);

        // The platform redelivers the failed updates (and, being a platform, one old one too).
        foreach (var id in (string[])["u3", .. failed, "u7", "u8"])
        {
            var result = await bot.SendAsync(Resident, "c:help", id);
            Assert.Equal(id == "u3", result.Duplicate);
        }

        Assert.Equal(8, (await bot.Store.LoadAsync(Resident, null, default)).Record!.Turns);
    }

    [Fact]
    public async Task TheReadinessCheckReportsRedisDownAndBackUp()
    {
        await using var server = await RedisServer.StartAsync();
        await using var bot = await TestBot.StartAsync(server.Endpoint, TestBot.NewPrefix());
        var check = new RedisHealthCheck(bot.Redis);
        var context = new HealthCheckContext();

        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context)).Status);
        server.Kill();
        var down = await check.CheckHealthAsync(context);
        Assert.Equal(HealthStatus.Unhealthy, down.Status);
        Assert.Contains("do not answer", down.Description);

        await server.RestartAsync();
        await WaitUntilConnectedAsync(bot);
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(context)).Status);
    }

    private static async Task WaitUntilConnectedAsync(TestBot bot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await bot.Redis.GetDatabase().PingAsync();
                return;
            }
            catch (StackExchange.Redis.RedisException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("The client did not reconnect to Redis within 30 s.");
    }
}
