using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Admin.Tests;

/// <summary>The one admin key scheme: configuration checks, the constant-time lookup and the role policies on a real Kestrel.</summary>
public sealed class AdminKeysTests
{
    private const string EditorKey = "editor-key-for-tests-0123456789abcdef";
    private const string OfficerKey = "officer-key-for-tests-0123456789abcdef";

    private static AdminKeyOptions Options(params AdminApiKey[] keys) => new() { ApiKeys = [.. keys] };

    private static AdminApiKey Key(string name, string key, string role, params string[] areas) =>
        new() { Name = name, Sha256 = AdminKeySettings.Sha256(key), Role = role, Areas = [.. areas] };

    [Fact]
    public void EveryRoleIncludingEditorIsAcceptedAndEveryMistakeIsNamed()
    {
        var validator = new AdminKeyOptionsValidator();

        var good = validator.Validate(null, Options(Key("e", EditorKey, "editor"), Key("o", OfficerKey, "officer", "*"),
            Key("a", "x", "approver", "ha-noi"), Key("root", "y", "admin")));
        var bad = validator.Validate(null, Options(
            Key("e", EditorKey, "Editor"),
            new AdminApiKey { Name = "e", Sha256 = "abc", Role = "officer" }));

        Assert.True(good.Succeeded, good.FailureMessage);
        Assert.False(bad.Succeeded);
        Assert.Contains("Admin:ApiKeys:0:Role must be one of officer, approver, admin, editor", bad.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Admin:ApiKeys:1:Name 'e' is used twice", bad.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Admin:ApiKeys:1:Sha256 must be the 64 hex characters", bad.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Admin:ApiKeys:1:Areas must list at least one area", bad.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHolderOfAPresentedKeyIsFoundAndNothingElse()
    {
        var keys = new AdminKeyAuthenticator(Microsoft.Extensions.Options.Options.Create(Options(Key("e", EditorKey, "editor"), Key("o", OfficerKey, "officer", "*"))));

        Assert.Equal("e", keys.Authenticate("Bearer " + EditorKey)?.Name);
        Assert.Equal("o", keys.Authenticate("bearer  " + OfficerKey + " ")?.Name);
        Assert.Null(keys.Authenticate("Bearer " + EditorKey + "x"));
        Assert.Null(keys.Authenticate(EditorKey));
        Assert.Null(keys.Authenticate("Bearer "));
        Assert.Null(keys.Authenticate("Bearer " + new string('k', 10_000)));
        Assert.Null(keys.Authenticate(null));
    }

    [Fact]
    public async Task ARolePolicyAnswers401403OrLetsTheHolderThrough()
    {
        await using var app = await GuardedApp.StartAsync(AdminPolicies.Content,
            AdminKeySettings.For(0, "content-team", EditorKey, "editor").Concat(AdminKeySettings.For(1, "ward-officer", OfficerKey, "officer", "*")));

        using var editor = await app.GetAsync(EditorKey);
        using var officer = await app.GetAsync(OfficerKey);
        using var none = await app.GetAsync(null);

        Assert.Equal("hello content-team", await editor.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Contains("'ward-officer' has role officer; this needs editor or admin", await officer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public void AMalformedKeyListStopsTheStart()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0:Name"] = "x",
            ["Admin:ApiKeys:0:Sha256"] = "not-hex",
            ["Admin:ApiKeys:0:Role"] = "editor",
        }).Build());
        services.AddAdminKeys();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AdminKeyOptions>>().Value);

        Assert.Contains("Admin:ApiKeys:0:Sha256", error.Message, StringComparison.Ordinal);
    }
}
