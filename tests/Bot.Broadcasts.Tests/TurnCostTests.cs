using StackExchange.Redis;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class TurnCostTests
{
    [Fact]
    public async Task OrdinaryTextTurnsOfResidentsAndOfficersReadNothingFromRedis()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("dan", "menu");
        await rig.SayAsync("dan", "/dangky");
        await rig.SayAsync("dan", "hoan kiem");
        await rig.PressAsync("dan", "s:a:ha-noi.hoan-kiem"); // the search is over
        await rig.EnrolAsync("canbo", "ha-noi.hoan-kiem", Bot.Broadcasts.Officers.OfficerRole.Officer);

        // The tie-breaker is off so that this connection does not GET a key itself.
        await using var admin = await ConnectionMultiplexer.ConnectAsync(rig.Redis.ConnectionString + ",allowAdmin=true,tiebreaker=");
        var before = await ReadCallsAsync(admin);
        await rig.SayAsync("dan", "căn cước");
        await rig.SayAsync("dan", "hoan kiem");
        await rig.SayAsync("canbo", "xin chào");
        var after = await ReadCallsAsync(admin);

        Assert.Equal(before, after);
    }

    [Fact]
    public async Task TypedTextStillReachesAnOpenSearchOrDraftAndNotAfterTheResidentMovedOn()
    {
        await using var rig = await StartAsync(deliver: false);
        await rig.SayAsync("dan", "/dangky");
        Assert.Contains("s:a:ha-noi.hoan-kiem", Payloads(await rig.SayAsync("dan", "hoan kiem")));
        Assert.Contains("s:a:ha-noi.hoan-kiem", Payloads(await rig.SayAsync("dan", "hoan kiem"))); // typing again searches again

        await rig.SayAsync("dan", "menu");
        Assert.DoesNotContain("s:a:ha-noi.hoan-kiem", Payloads(await rig.SayAsync("dan", "hoan kiem")));

        await rig.EnrolAsync("canbo", "ha-noi.hoan-kiem", Bot.Broadcasts.Officers.OfficerRole.Officer);
        await rig.SayAsync("canbo", "/canhbao");
        await rig.PressAsync("canbo", "o:a:ha-noi.hoan-kiem");
        await rig.PressAsync("canbo", "o:ad");
        await rig.PressAsync("canbo", "o:t:scam");
        await rig.PressAsync("canbo", "o:u:1");
        Assert.Contains("Xem trước", Text(await rig.SayAsync("canbo", "Cảnh giác cuộc gọi đòi chuyển tiền.")));
    }

    /// <summary>Calls of each command a turn handler could read with (INFO commandstats).</summary>
    private static async Task<string> ReadCallsAsync(ConnectionMultiplexer admin)
    {
        var info = await admin.GetServers()[0].InfoAsync("commandstats");
        string[] reads = ["cmdstat_get", "cmdstat_hget", "cmdstat_hmget", "cmdstat_hgetall", "cmdstat_exists", "cmdstat_evalsha", "cmdstat_eval", "cmdstat_sismember"];
        return string.Join(", ", info.SelectMany(g => g)
            .Where(e => reads.Contains(e.Key))
            .Select(e => e.Key + "=" + e.Value.Split(',')[0]["calls=".Length..]));
    }
}
