using Bot.Fraud.Reports;
using Bot.Fraud.Tests.Infrastructure;
using Bot.Fraud.Web.Redis;
using StackExchange.Redis;

namespace Bot.Fraud.Tests;

/// <summary>Residents' reports kept in Redis: redacted, shared by instances, bounded (real redis-server).</summary>
public sealed class RedisReportStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 28, 8, 0, 0, VietnamTime.Offset);

    private RedisServer _redis = null!;
    private ConnectionMultiplexer _connection = null!;

    public async Task InitializeAsync()
    {
        _redis = await RedisServer.StartAsync();
        _connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _connection.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ADraftReportedOnOneInstanceIsListedOnAnotherOnce()
    {
        var one = Store();
        var other = Store();
        await one.SaveDraftAsync(Draft("d1", Morning));

        var report = await other.SubmitAsync("d1", Morning.AddMinutes(2));
        Assert.NotNull(report);
        Assert.Equal(Morning.AddMinutes(2), report.ReportedAt);
        var again = await one.SubmitAsync("d1", Morning.AddMinutes(5)); // a second press changes nothing
        Assert.Equal(Morning.AddMinutes(2), again!.ReportedAt);

        var listed = Assert.Single(await one.ListAsync(Morning, 100));
        Assert.Equal("d1", listed.Id);
        Assert.Equal("ha-noi.hoan-kiem", listed.Area);
        Assert.Equal(["safe_account", "otp_request"], listed.ReasonCodes);
        Assert.Equal("Chuyển tiền vào tài khoản an toàn, gọi 091*****78", listed.Excerpt);
    }

    [Fact]
    public async Task UnknownAndExpiredDraftsCannotBeReported()
    {
        var store = Store();
        Assert.Null(await store.SubmitAsync("never-saved", Morning));

        await store.SaveDraftAsync(Draft("old", Morning));
        Assert.Null(await store.SubmitAsync("old", Morning.AddDays(2)));
        Assert.Empty(await store.ListAsync(Morning.AddDays(-1), 100));
    }

    [Fact]
    public async Task ReportsAreBoundedByCountAndKeptOnlyForTheRetentionWindow()
    {
        var store = new RedisScamReportStore(_connection, new FraudRedisKeys("fraud:")) { MaxReports = 3, Retention = TimeSpan.FromDays(30) };
        for (var i = 0; i < 5; i++)
        {
            await store.SaveDraftAsync(Draft("r" + i, Morning.AddMinutes(i)));
            await store.SubmitAsync("r" + i, Morning.AddMinutes(i + 1));
        }

        Assert.Equal(["r2", "r3", "r4"], (await store.ListAsync(Morning.AddDays(-1), 100)).Select(r => r.Id));
        var ttl = await _connection.GetDatabase().KeyTimeToLiveAsync(new FraudRedisKeys("fraud:").Report("r4"));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(29), TimeSpan.FromDays(30));

        // A report older than the window is dropped from the index when the next one arrives.
        await store.SaveDraftAsync(Draft("late", Morning.AddDays(40)));
        await store.SubmitAsync("late", Morning.AddDays(40));
        Assert.Equal(["late"], (await store.ListAsync(Morning.AddDays(-1), 100)).Select(r => r.Id));
    }

    [Fact]
    public async Task ListingStartsAtTheGivenTimeAndStopsAtTheLimit()
    {
        var store = Store();
        for (var i = 0; i < 4; i++)
        {
            await store.SaveDraftAsync(Draft("x" + i, Morning));
            await store.SubmitAsync("x" + i, Morning.AddHours(i));
        }

        Assert.Equal(["x2", "x3"], (await store.ListAsync(Morning.AddHours(2), 100)).Select(r => r.Id));
        Assert.Equal(["x0"], (await store.ListAsync(Morning, 1)).Select(r => r.Id));
    }

    internal static ScamReport Draft(string id, DateTimeOffset at, string? area = "ha-noi.hoan-kiem", string domain = "tai-khoan-an-toan.top") =>
        new(id, at, "telegram", area, "high", 0.97, ["safe_account", "otp_request"], [domain], ["091*****78"],
            "Chuyển tiền vào tài khoản an toàn, gọi 091*****78");

    private RedisScamReportStore Store() => new(_connection, new FraudRedisKeys("fraud:"));
}
