using Bot.Dialogs.Officers;
using Bot.Fraud.Analysis;
using Bot.Fraud.Lists;
using Bot.Fraud.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace Bot.Fraud.Tests;

/// <summary>Officers' additions reach every instance's check without a restart (real redis-server, two instances).</summary>
public sealed class RedisListStoreTests : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private RedisServer _redis = null!;

    public async Task InitializeAsync() => _redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var owned in Enumerable.Reverse(_owned))
        {
            owned.Dispose();
        }

        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task ADomainAddedOnOneInstanceIsFlaggedByAnotherWithinSeconds()
    {
        var first = await StoreAsync();
        var second = await StoreAsync(TimeSpan.FromMinutes(10)); // no polling: the change notice alone must carry it
        var secondAnalyzer = TestContent.NewAnalyzer(second);
        const string sms = "Nhận quà tri ân tại https://qua-tang-tet.online/nhan ngay hôm nay";
        Assert.DoesNotContain(secondAnalyzer.Analyze(sms).Reasons, r => r.Code == "link_reported");

        var result = await Editor(first).AddDomainAsync("https://qua-tang-tet.online/nhan", "telegram:42");
        Assert.Equal(ListAddStatus.Added, result.Status);

        await Eventually.HoldsAsync(() => secondAnalyzer.Analyze(sms).Reasons.Any(r => r.Code == "link_reported"),
            "the second instance flags the domain the first one added");
        Assert.Equal(RiskLevel.High, secondAnalyzer.Analyze(sms).Risk);
    }

    [Fact]
    public async Task ANumberIsSharedAsAHashAndNeverStoredPlain()
    {
        var first = await StoreAsync();
        var second = await StoreAsync();
        var result = await Editor(first).AddPhoneAsync("+84 912 777 888", "telegram:42");
        Assert.Equal(ListAddStatus.Added, result.Status);
        Assert.Equal("091*****88", result.Shown);

        await Eventually.HoldsAsync(() => second.Current.IsReportedPhone("0912777888"), "the second instance knows the number");
        var verdict = TestContent.NewAnalyzer(second).Analyze("Gọi lại cho chị theo số 0912 777 888 nhé");
        Assert.Contains(verdict.Reasons, r => r.Code == "phone_reported");

        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        foreach (var key in server.Keys(pattern: "*"))
        {
            var type = await connection.GetDatabase().KeyTypeAsync(key);
            var values = type == RedisType.Set
                ? (await connection.GetDatabase().SetMembersAsync(key)).Select(v => v.ToString())
                : [(await connection.GetDatabase().StringGetAsync(key)).ToString()];
            Assert.DoesNotContain(values, v => v.Contains("912777888", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task AnInstanceThatMissedTheNoticeCatchesUpByPollingTheVersion()
    {
        var store = await StoreAsync(TimeSpan.FromMilliseconds(100));
        await using var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var keys = new FraudRedisKeys("fraud:");

        // Written the way another instance would, but with the notice lost.
        await connection.GetDatabase().SetAddAsync(keys.Domains, "mat-thong-bao.site");
        await connection.GetDatabase().StringIncrementAsync(keys.ListsVersion);

        await Eventually.HoldsAsync(() => store.Current.IsReportedDomain("mat-thong-bao.site"), "the store polls the version and reloads");
    }

    [Fact]
    public async Task ANewInstanceStartsWithEveryEarlierAdditionAndTheContentLists()
    {
        var first = await StoreAsync();
        Assert.Equal(ListAddStatus.Added, (await Editor(first).AddDomainAsync("som-hon.click", "telegram:1")).Status);
        Assert.Equal(ListAddStatus.AlreadyListed, (await Editor(first).AddDomainAsync("SOM-HON.click", "telegram:1")).Status);

        var later = await StoreAsync();
        Assert.True(later.Current.IsReportedDomain("som-hon.click"));
        Assert.True(later.Current.IsReportedDomain("www.som-hon.click"));
        foreach (var domain in TestContent.Fraud.Lists.ReportedDomains)
        {
            Assert.True(later.Current.IsReportedDomain(domain));
        }
    }

    [Fact]
    public async Task OfficialSitesAndHotlinesAreRefused()
    {
        var editor = Editor(await StoreAsync());
        Assert.Equal(ListAddStatus.Official, (await editor.AddDomainAsync("dichvucong.gov.vn", "telegram:1")).Status);
        Assert.Equal(ListAddStatus.Official, (await editor.AddPhoneAsync("113", "telegram:1")).Status);
        Assert.Equal(ListAddStatus.Invalid, (await editor.AddPhoneAsync("gọi 0912 xxx", "telegram:1")).Status);
        Assert.Equal(ListAddStatus.Invalid, (await editor.AddDomainAsync("không phải tên miền", "telegram:1")).Status);
    }

    private async Task<RedisFraudListStore> StoreAsync(TimeSpan? poll = null)
    {
        var connection = await ConnectionMultiplexer.ConnectAsync(_redis.ConnectionString);
        var store = new RedisFraudListStore(connection, TestContent.Fraud, new FraudRedisKeys("fraud:"),
            NullLogger<RedisFraudListStore>.Instance, poll ?? TimeSpan.FromSeconds(1));
        _owned.Add(connection);
        _owned.Add(store);
        return store;
    }

    private static FraudListEditor Editor(IFraudListStore store) =>
        new(TestContent.Fraud, store, new LoggingAuditLog(NullLogger<LoggingAuditLog>.Instance));
}
