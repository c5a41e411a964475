using System.Net;
using Bot.Channels.Zalo.OfficialAccount;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tokens;

namespace Bot.Channels.Zalo.Tests;

/// <summary>OA tokens: refreshed ahead of expiry and when Zalo rejects them, rotated refresh tokens saved before use, one refresher at a time.</summary>
public sealed class OaTokenTests : IAsyncLifetime
{
    private FakeZaloOaApi _oa = null!;
    private readonly string _storePath = ZaloApp.NewTokenStorePath();

    public async Task InitializeAsync() => _oa = await FakeZaloOaApi.StartAsync();

    public async Task DisposeAsync()
    {
        await _oa.DisposeAsync();
        if (Directory.Exists(Path.GetDirectoryName(_storePath)))
        {
            Directory.Delete(Path.GetDirectoryName(_storePath)!, recursive: true);
        }
    }

    [Fact]
    public async Task AccessTokenExpiringMidConversationDoesNotLoseTheReply()
    {
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        await app.PushOaAsync(ZaloOaEvents.Follow("u-1"));
        var firstButton = _oa.MessagesTo("u-1")[0].Buttons[0].Payload!;
        _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);

        await app.SayOnOaAsync("u-1", firstButton);

        var messages = _oa.MessagesTo("u-1");
        Assert.Equal(2, messages.Count);
        Assert.Equal("AT2", messages[1].AccessToken);
        Assert.Equal(1, _oa.RefreshCount);
        Assert.NotNull((await app.RecordAsync(ZaloChannels.OfficialAccount, "u-1"))!.Flow);
    }

    [Fact]
    public async Task RotatedRefreshTokenIsSavedBeforeTheNewAccessTokenIsUsed()
    {
        string? storedWhenFirstUsed = null;
        _oa.OnNewAccessTokenUsed = _ => storedWhenFirstUsed = ReadStore().GetAwaiter().GetResult()?.RefreshToken;
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);

        await app.SayOnOaAsync("u-2", "menu");

        Assert.Equal("RT2", _oa.CurrentRefreshToken);
        Assert.Equal("RT2", storedWhenFirstUsed);
        Assert.DoesNotContain("RT2", await File.ReadAllTextAsync(_storePath), StringComparison.Ordinal); // encrypted at rest
    }

    [Fact]
    public async Task RestartedBotUsesTheRotatedRefreshTokenNotTheConfiguredOne()
    {
        await using (var before = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath))
        {
            _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);
            await before.SayOnOaAsync("u-3", "menu");
        }

        // The configuration still holds RT1, which Zalo no longer accepts; AT2 now expires too.
        _oa.Invalidate("AT2");
        await using var after = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        await after.SayOnOaAsync("u-3", "giúp tôi");

        Assert.Equal("AT3", _oa.MessagesTo("u-3")[^1].AccessToken);
        Assert.Equal(2, _oa.RefreshAttempts); // RT1 once, then RT2: never the dead RT1 again
    }

    [Fact]
    public async Task ManyResidentsHittingAnExpiredTokenTogetherCauseOneRefresh()
    {
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => app.SayOnOaAsync($"u-many-{i}", "menu")));

        Assert.Equal(1, _oa.RefreshAttempts);
        Assert.All(Enumerable.Range(0, 8), i => Assert.Single(_oa.MessagesTo($"u-many-{i}")));
    }

    [Fact]
    public async Task TwoInstancesSharingTheTokenStoreRefreshOnce()
    {
        await using var one = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        await using var two = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);
        await one.SayOnOaAsync("u-warm-1", "menu");
        await two.SayOnOaAsync("u-warm-2", "menu");
        _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);

        await Task.WhenAll(one.SayOnOaAsync("u-a", "menu"), two.SayOnOaAsync("u-b", "menu"));

        Assert.Equal(1, _oa.RefreshAttempts);
        Assert.Single(_oa.MessagesTo("u-a"));
        Assert.Single(_oa.MessagesTo("u-b"));
    }

    [Fact]
    public async Task TokenDueForRefreshIsRefreshedBeforeZaloRejectsIt()
    {
        var store = Store();
        var now = DateTimeOffset.UtcNow;
        await store.SaveAsync(new ZaloTokens(FakeZaloOaApi.FirstAccessToken, FakeZaloOaApi.FirstRefreshToken, now.AddMinutes(-1),
            ZaloOaTokenManager.Fingerprint(FakeZaloOaApi.FirstRefreshToken), now), CancellationToken.None);
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath);

        await app.SayOnOaAsync("u-due", "menu");

        Assert.Equal(1, _oa.RefreshCount);
        Assert.Equal(1, _oa.SendAttempts); // AT1 still worked, but was not used: no rejected send first
        Assert.Equal("AT2", _oa.MessagesTo("u-due")[0].AccessToken);
        var saved = await ReadStore();
        Assert.True(saved!.RefreshAt > now.AddHours(20), "the next refresh is planned about an hour before the 25-hour expiry");
    }

    [Fact]
    public async Task RefusedRefreshTokenIsReportedToOperatorsWithoutCrashing()
    {
        await using var app = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath, settings: new Dictionary<string, string?>
        {
            ["Zalo:OA:AccessToken"] = "",
            ["Zalo:OA:RefreshToken"] = "RT-revoked",
        });

        using var webhook = await app.PushOaAsync(ZaloOaEvents.Text("u-revoked", "menu"));
        using var health = await app.Http.GetAsync("/health/ready");
        var report = await health.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        Assert.Empty(_oa.MessagesTo("u-revoked"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("Zalo:OA:RefreshToken", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAuthorizationInConfigurationReplacesTokensFromTheOldOne()
    {
        await using (var before = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath))
        {
            _oa.Invalidate(FakeZaloOaApi.FirstAccessToken);
            await before.SayOnOaAsync("u-reauth", "menu"); // stored lineage: AT2/RT2
        }

        await using var after = ZaloApp.Start(oa: _oa, tokenStorePath: _storePath, settings: new Dictionary<string, string?>
        {
            ["Zalo:OA:AccessToken"] = "AT2",
            ["Zalo:OA:RefreshToken"] = "RT2", // the operator pasted a fresh authorization
        });
        await after.SayOnOaAsync("u-reauth", "giúp");

        Assert.Equal("AT2", _oa.MessagesTo("u-reauth")[^1].AccessToken);
        Assert.Equal("RT2", (await ReadStore())!.RefreshToken);
    }

    private FileZaloTokenStore Store() => new(_storePath, new ZaloTokenProtector(FakeZaloOaApi.AppSecret), TimeProvider.System);

    private Task<ZaloTokens?> ReadStore() => Store().LoadAsync(CancellationToken.None);
}
