using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Admin.Tests;

/// <summary>The one admin key scheme: configuration checks, the constant-time lookup and the role policies on a real Kestrel.</summary>
public sealed class AdminKeysTests
{
    private const string EditorKey = "editor-key-for-tests-0123456789abcdef";
    private const string OfficerKey = "officer-key-for-tests-0123456789abcdef";

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static AdminKeyOptions Options(params AdminApiKey[] keys) => new() { ApiKeys = [.. keys] };

    private static AdminApiKey Key(string name, string key, string role, params string[] areas) =>
        new() { Name = name, Sha256 = Hash(key), Role = role, Areas = [.. areas] };

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
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Admin:ApiKeys:0:Name"] = "content-team",
            ["Admin:ApiKeys:0:Sha256"] = Hash(EditorKey),
            ["Admin:ApiKeys:0:Role"] = "editor",
            ["Admin:ApiKeys:1:Name"] = "ward-officer",
            ["Admin:ApiKeys:1:Sha256"] = Hash(OfficerKey),
            ["Admin:ApiKeys:1:Role"] = "officer",
            ["Admin:ApiKeys:1:Areas:0"] = "*",
        });
        builder.Services.AddAdminKeys();
        await using var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/content", (HttpContext http) => "hello " + http.User.AdminName()).RequireAuthorization(AdminPolicies.Content);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        async Task<HttpResponseMessage> GetAsync(string? key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/content");
            if (key is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            }

            return await client.SendAsync(request);
        }

        var editor = await GetAsync(EditorKey);
        var officer = await GetAsync(OfficerKey);
        var none = await GetAsync(null);

        Assert.Equal("hello content-team", await editor.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Contains("'ward-officer' has role officer; this needs editor or admin", await officer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await app.StopAsync();
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
