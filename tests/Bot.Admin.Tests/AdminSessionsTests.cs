using System.Security.Cryptography;
using System.Text;

namespace Bot.Admin.Tests;

/// <summary>Sessions live on the server: revoking one, removing or rotating its key, or revoking the officer ends it at once.</summary>
public sealed class AdminSessionsTests
{
    private const string EditorKey = "editor-key-for-session-tests-0123456789";
    private static readonly TimeSpan EightHours = TimeSpan.FromHours(8);

    private readonly ManualTime _time = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly StaticMonitor<AdminKeyOptions> _keys = new(new AdminKeyOptions { ApiKeys = [Key("content-team", EditorKey, "editor")] });
    private readonly Officers _officers = new();
    private readonly InMemoryAdminSessionStore _store;
    private readonly AdminSessions _sessions;

    public AdminSessionsTests()
    {
        _store = new InMemoryAdminSessionStore(_time);
        _sessions = new AdminSessions(_store, new AdminKeyAuthenticator(_keys), _time, _officers);
    }

    [Fact]
    public async Task ASessionIsFoundByItsTokenAndTheStoreKeepsOnlyTheTokensHash()
    {
        var (token, session) = await SignInAsync();

        var found = await _sessions.FindAsync(token, default);

        Assert.Equal("key:content-team", found!.Holder);
        Assert.Equal("editor", found.Role);
        Assert.NotEqual(token, session.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))), session.Id);
        Assert.Null(await _sessions.FindAsync(token + "x", default));
    }

    [Fact]
    public async Task RemovingTheKeyFromTheConfigurationEndsItsSessionsAtOnce()
    {
        var (token, _) = await SignInAsync();

        _keys.CurrentValue = new AdminKeyOptions { ApiKeys = [] };

        Assert.Null(await _sessions.FindAsync(token, default));
        Assert.Empty(await _sessions.ListAsync(default)); // removed from the store, not merely refused
    }

    [Fact]
    public async Task ARotatedKeyOfTheSameNameEndsTheSessionsOfTheOldKey()
    {
        var (token, _) = await SignInAsync();

        _keys.CurrentValue = new AdminKeyOptions { ApiKeys = [Key("content-team", "a-brand-new-key-0123456789abcdef", "editor")] };

        Assert.Null(await _sessions.FindAsync(token, default));
    }

    [Fact]
    public async Task ARoleChangedInTheConfigurationAppliesToTheNextRequest()
    {
        var (token, _) = await SignInAsync();

        _keys.CurrentValue = new AdminKeyOptions { ApiKeys = [Key("content-team", EditorKey, "admin")] };

        Assert.Equal("admin", (await _sessions.FindAsync(token, default))!.Role);
    }

    [Fact]
    public async Task RevokingOneSessionOrAllOfAHoldersEndsThem()
    {
        var (first, session) = await SignInAsync();
        var (second, _) = await SignInAsync();
        var (third, _) = await SignInAsync();

        Assert.True(await _sessions.RevokeAsync(session.Id, default));
        Assert.Null(await _sessions.FindAsync(first, default));
        Assert.NotNull(await _sessions.FindAsync(second, default));

        Assert.Equal(2, await _sessions.RevokeHolderAsync("key:content-team", default));
        Assert.Null(await _sessions.FindAsync(second, default));
        Assert.Null(await _sessions.FindAsync(third, default));
    }

    [Fact]
    public async Task AnOfficersSessionEndsWhenTheirRoleIsRevokedAndFollowsARoleChange()
    {
        _officers.Now["officer-1"] = new AdminHolder("Cán bộ Minh", "officer", []);
        var (token, _) = await _sessions.SignInOfficerAsync("officer-1", _officers.Now["officer-1"], EightHours, default);
        Assert.Equal("Cán bộ Minh", (await _sessions.FindAsync(token, default))!.Name);

        _officers.Now["officer-1"] = new AdminHolder("Cán bộ Minh", "approver", []);
        Assert.Equal("approver", (await _sessions.FindAsync(token, default))!.Role);

        _officers.Now.Remove("officer-1"); // officers revoke …
        Assert.Null(await _sessions.FindAsync(token, default));
    }

    [Fact]
    public async Task ASessionEndsAtItsExpiry()
    {
        var (token, _) = await SignInAsync();

        _time.Advance(EightHours);

        Assert.Null(await _sessions.FindAsync(token, default));
    }

    private Task<(string Token, AdminSessionRecord Session)> SignInAsync() =>
        _sessions.SignInAsync(_keys.CurrentValue.ApiKeys[0], EightHours, default);

    private static AdminApiKey Key(string name, string key, string role) =>
        new() { Name = name, Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), Role = role };

    private sealed class Officers : IAdminHolderDirectory
    {
        public Dictionary<string, AdminHolder> Now { get; } = [];

        public ValueTask<AdminHolder?> FindOfficerAsync(string officerId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(Now.TryGetValue(officerId, out var officer) ? officer : null);
    }
}
