using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.Redis;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Infrastructure;
using Bot.Channels.Zalo.Tokens;
using StackExchange.Redis;

namespace Bot.Channels.Zalo.Tests;

/// <summary>
/// With Redis configured, every instance shares one encrypted, rotating token pair: Zalo's refresh
/// tokens are single-use, so when several instances see the token expire together exactly one of
/// them refreshes and the others use what it saved.
/// </summary>
public sealed class RedisTokenTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    /// <summary>Contains '-', which base64 never does: finding it in Redis means a token in plain text.</summary>
    private const string TokenMark = "plain-token-";

    private readonly string _prefix = RedisServerFixture.NewPrefix();
    private FakeZaloOaApi _oa = null!;

    public async Task InitializeAsync() => _oa = await FakeZaloOaApi.StartAsync(TokenMark);

    public async Task DisposeAsync() => await _oa.DisposeAsync();

    [Fact]
    public async Task TwoInstancesSeeingTheTokenExpireTogetherRefreshOnceAndBothUseTheNewToken()
    {
        await using var one = Instance();
        await using var two = Instance();
        await SaveExpiredPairAsync(one.Store);

        var tokens = await Task.WhenAll(
            one.Tokens.GetAccessTokenAsync(CancellationToken.None),
            two.Tokens.GetAccessTokenAsync(CancellationToken.None));

        Assert.Equal(1, _oa.RefreshAttempts);
        Assert.Equal([_oa.AccessToken(2), _oa.AccessToken(2)], tokens);
        Assert.Equal(_oa.RefreshToken(2), (await two.Store.LoadAsync(CancellationToken.None))!.RefreshToken);
    }

    [Fact]
    public async Task TwoInstancesWhoseTokenZaloRejectedTogetherRefreshOnce()
    {
        await using var one = Instance();
        await using var two = Instance();
        var first = await one.Tokens.GetAccessTokenAsync(CancellationToken.None);
        Assert.Equal(first, await two.Tokens.GetAccessTokenAsync(CancellationToken.None));

        var tokens = await Task.WhenAll(
            one.Tokens.RefreshAfterRejectionAsync(first, CancellationToken.None),
            two.Tokens.RefreshAfterRejectionAsync(first, CancellationToken.None));

        Assert.Equal(1, _oa.RefreshAttempts);
        Assert.Equal([_oa.AccessToken(2), _oa.AccessToken(2)], tokens);
    }

    [Fact]
    public async Task InstanceThatFindsTheLeaseTakenWaitsAndUsesTheOtherInstancesRefresh()
    {
        await using var one = Instance();
        await using var two = Instance();
        await SaveExpiredPairAsync(one.Store);
        var refreshArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _oa.BeforeRefreshAnswer = () =>
        {
            refreshArrived.TrySetResult();
            return release.Task;
        };

        var refreshing = one.Tokens.GetAccessTokenAsync(CancellationToken.None);
        await refreshArrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var waiting = two.Tokens.GetAccessTokenAsync(CancellationToken.None);
        await Task.Delay(300); // gives instance two time to find the lease taken (not a timing assertion)
        var finishedEarly = waiting.IsCompleted;
        release.SetResult();

        Assert.False(finishedEarly, "instance two cannot have a token before instance one's refresh is saved");
        Assert.Equal(_oa.AccessToken(2), await refreshing);
        Assert.Equal(_oa.AccessToken(2), await waiting);
        Assert.Equal(1, _oa.RefreshAttempts);
    }

    [Fact]
    public async Task RestartedInstanceUsesTheRotatedRefreshTokenFromRedis()
    {
        await using (var before = Instance())
        {
            var first = await before.Tokens.GetAccessTokenAsync(CancellationToken.None);
            await before.Tokens.RefreshAfterRejectionAsync(first, CancellationToken.None);
        }

        // The configuration still says RT1, which Zalo has forgotten.
        await using var after = Instance();
        var current = await after.Tokens.GetAccessTokenAsync(CancellationToken.None);
        var next = await after.Tokens.RefreshAfterRejectionAsync(current, CancellationToken.None);

        Assert.Equal(_oa.AccessToken(2), current);
        Assert.Equal(_oa.AccessToken(3), next);
        Assert.Equal(2, _oa.RefreshAttempts); // RT1 once, then RT2: the dead RT1 never again
    }

    [Fact]
    public async Task RedisHoldsNoTokenInPlainText()
    {
        await using var instance = Instance();
        var first = await instance.Tokens.GetAccessTokenAsync(CancellationToken.None);
        await instance.Tokens.RefreshAfterRejectionAsync(first, CancellationToken.None);
        await instance.Unreachable.MarkAsync(new Dialogs.Turns.ConversationKey(ZaloChannels.OfficialAccount, "u-1"), "outside-7-day-window", CancellationToken.None);

        var server = instance.Redis.GetServer(instance.Redis.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _prefix + "*").ToList();
        var db = instance.Redis.GetDatabase();
        var values = new List<string>();
        foreach (var key in keys)
        {
            if (await db.KeyTypeAsync(key) == RedisType.String)
            {
                values.Add((string?)await db.StringGetAsync(key) ?? "");
            }
        }

        Assert.Contains(keys, k => k.ToString().EndsWith(":tokens", StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain(TokenMark, k.ToString(), StringComparison.Ordinal));
        Assert.All(values, v => Assert.DoesNotContain(TokenMark, v, StringComparison.Ordinal));
        Assert.Equal(_oa.RefreshToken(2), (await instance.Store.LoadAsync(CancellationToken.None))!.RefreshToken);
    }

    [Fact]
    public async Task ReleasingAnExpiredLeaseLeavesTheNextHoldersLeaseAlone()
    {
        await using var one = Instance();
        await using var two = Instance();
        var first = await one.Store.TryAcquireRefreshLeaseAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Null(await two.Store.TryAcquireRefreshLeaseAsync(TimeSpan.FromMinutes(1), CancellationToken.None));

        await one.Redis.GetDatabase().KeyDeleteAsync(((RedisZaloTokenStore)one.Store).LeaseKey); // as if it had expired
        var second = await two.Store.TryAcquireRefreshLeaseAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        await first!.DisposeAsync();

        Assert.NotNull(second);
        Assert.Null(await one.Store.TryAcquireRefreshLeaseAsync(TimeSpan.FromMinutes(1), CancellationToken.None));
        await second.DisposeAsync();
        await using var third = await one.Store.TryAcquireRefreshLeaseAsync(TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.NotNull(third);
    }

    [Fact]
    public async Task BotWithRedisKeepsOaTokensInRedisAndNotInAFile()
    {
        var file = ZaloApp.NewTokenStorePath();
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: file, settings: new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = redis.ConnectionString,
            ["Redis:KeyPrefix"] = _prefix,
        });
        _oa.Invalidate(_oa.AccessToken(1));

        await app.SayOnOaAsync("u-redis", "menu");

        Assert.Equal(_oa.AccessToken(2), _oa.MessagesTo("u-redis")[0].AccessToken);
        Assert.IsType<RedisZaloTokenStore>(app.Get<IZaloTokenStore>());
        Assert.False(File.Exists(file));
        await using var other = Instance();
        Assert.Equal(_oa.RefreshToken(2), (await other.Store.LoadAsync(CancellationToken.None))!.RefreshToken);
    }

    private OaInstance Instance() => OaInstance.Start(redis.ConnectionString, _prefix, _oa);

    /// <summary>The configured pair, saved as if its refresh time had passed a minute ago.</summary>
    private async Task SaveExpiredPairAsync(IZaloTokenStore store)
    {
        var now = DateTimeOffset.UtcNow;
        await store.SaveAsync(new ZaloTokens(_oa.AccessToken(1), _oa.RefreshToken(1), now.AddMinutes(-1),
            ZaloOaTokenManager.Fingerprint(_oa.RefreshToken(1)), now), CancellationToken.None);
    }
}
