using Bot.Fraud.Reports;
using Bot.Fraud.Tests.Infrastructure;
using Bot.Fraud.Redis;

namespace Bot.Fraud.Tests;

/// <summary>Residents' reports kept in Redis: redacted, shared by instances, bounded (real redis-server).</summary>
public sealed class RedisReportStoreTests : RedisConnectionTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 8, 0, 0, VietnamTime.Offset);

    [Fact]
    public async Task ADraftReportedOnOneInstanceIsListedOnAnotherOnce()
    {
        var one = Store();
        var other = Store();
        var id = DraftIds.New();
        await one.SaveDraftAsync(Draft(id, Morning));

        var report = await other.SubmitAsync(id, Morning.AddMinutes(2));
        Assert.NotNull(report);
        Assert.Equal(Morning.AddMinutes(2), report.ReportedAt);
        var again = await one.SubmitAsync(id, Morning.AddMinutes(5)); // a second press changes nothing
        Assert.Equal(Morning.AddMinutes(2), again!.ReportedAt);

        var listed = Assert.Single(await one.ListAsync(Morning, 100));
        Assert.Equal(Lookup(id), listed.Id); // the button's key is not kept with the report
        Assert.Equal("ha-noi.hoan-kiem", listed.Area);
        Assert.Equal(["safe_account", "otp_request"], listed.ReasonCodes);
        Assert.Equal("Chuyển tiền vào tài khoản an toàn, gọi 091*****78", listed.Excerpt);
    }

    [Fact]
    public async Task AnUnreportedDraftCannotBeReadFromRedisOrOpenedWithAnotherKey()
    {
        var store = Store();
        var id = DraftIds.New();
        await store.SaveDraftAsync(Draft(id, Morning));

        var stored = (byte[])(await Connection.GetDatabase().StringGetAsync(new FraudRedisKeys("fraud:").Draft(Lookup(id))))!;
        Assert.DoesNotContain("tài khoản an toàn", System.Text.Encoding.UTF8.GetString(stored));
        Assert.DoesNotContain("safe_account", System.Text.Encoding.UTF8.GetString(stored));

        var forged = Lookup(id) + "." + DraftIds.New().Split('.')[1];
        Assert.Null(await store.SubmitAsync(forged, Morning.AddMinutes(1)));
        Assert.Null(await store.SubmitAsync("fr-not-an-id", Morning.AddMinutes(1)));
        Assert.NotNull(await store.SubmitAsync(id, Morning.AddMinutes(1)));
    }

    [Fact]
    public async Task UnknownAndExpiredDraftsCannotBeReported()
    {
        var store = Store();
        Assert.Null(await store.SubmitAsync(DraftIds.New(), Morning));

        var old = DraftIds.New();
        await store.SaveDraftAsync(Draft(old, Morning));
        Assert.Null(await store.SubmitAsync(old, Morning.AddDays(2)));
        Assert.Empty(await store.ListAsync(Morning.AddDays(-1), 100));
    }

    [Fact]
    public async Task ReportsAreBoundedByCountAndKeptOnlyForTheRetentionWindow()
    {
        var store = new RedisScamReportStore(Connection, new FraudRedisKeys("fraud:")) { MaxReports = 3, Retention = TimeSpan.FromDays(30) };
        var ids = Enumerable.Range(0, 5).Select(_ => DraftIds.New()).ToList();
        for (var i = 0; i < 5; i++)
        {
            await store.SaveDraftAsync(Draft(ids[i], Morning.AddMinutes(i)));
            await store.SubmitAsync(ids[i], Morning.AddMinutes(i + 1));
        }

        Assert.Equal(ids.Skip(2).Select(Lookup), (await store.ListAsync(Morning.AddDays(-1), 100)).Select(r => r.Id));
        var ttl = await Connection.GetDatabase().KeyTimeToLiveAsync(new FraudRedisKeys("fraud:").Report(Lookup(ids[4])));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));

        // A report older than the window is dropped from the index when the next one arrives.
        var late = DraftIds.New();
        await store.SaveDraftAsync(Draft(late, Morning.AddDays(40)));
        await store.SubmitAsync(late, Morning.AddDays(40));
        Assert.Equal([Lookup(late)], (await store.ListAsync(Morning.AddDays(-1), 100)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListingStartsAtTheGivenTimeAndStopsAtTheLimit()
    {
        var store = Store();
        var ids = Enumerable.Range(0, 4).Select(_ => DraftIds.New()).ToList();
        for (var i = 0; i < 4; i++)
        {
            await store.SaveDraftAsync(Draft(ids[i], Morning));
            await store.SubmitAsync(ids[i], Morning.AddHours(i));
        }

        Assert.Equal(ids.Skip(2).Select(Lookup), (await store.ListAsync(Morning.AddHours(2), 100)).Select(r => r.Id));
        Assert.Equal([Lookup(ids[0])], (await store.ListAsync(Morning, 1)).Select(r => r.Id));
    }

    private static string Lookup(string id) => id[..id.IndexOf('.')];

    internal static ScamReport Draft(string id, DateTimeOffset at, string? area = "ha-noi.hoan-kiem", string domain = "tai-khoan-an-toan.top") =>
        new(id, at, "telegram", area, "high", 0.97, ["safe_account", "otp_request"], [domain], ["091*****78"],
            "Chuyển tiền vào tài khoản an toàn, gọi 091*****78");

    private RedisScamReportStore Store() => new(Connection, new FraudRedisKeys("fraud:"));
}
