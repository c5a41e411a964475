using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Tests.Admin;

/// <summary>Dashboard sessions live on the server: a revocation, or a key removed from the configuration, ends them at once, on every instance.</summary>
public sealed class SessionRevocationTests
{
    private const string OfficerKey = "a-ward-officer-key-for-session-tests-0123456789";
    private const string RootKey = "an-admin-key-for-session-tests-0123456789abcdef";

    [Fact]
    public async Task ASessionOpenedOnOneInstanceIsRevokedOnAnotherAndEndsOnBothAtOnce()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var a = Host(redis.ConnectionString);
        await using var b = Host(redis.ConnectionString);

        var cookie = await SignInAsync(a, OfficerKey);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(b, cookie).GetAsync("/api/admin/status")).StatusCode); // shared through Redis

        var root = b.CreateClient().WithKey(RootKey);
        var sessions = await root.GetFromJsonAsync<JsonElement>("/api/admin/sessions");
        Assert.Contains(sessions.EnumerateArray(), s => s.GetProperty("holder").GetString() == "key:ward-officer");
        Assert.DoesNotContain(cookie, sessions.ToString(), StringComparison.Ordinal); // only the token's hash is kept

        using var revoked = await root.PostAsync("/api/admin/sessions/revoke?holder=key:ward-officer", null);
        Assert.Equal(1, (await revoked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetInt32());

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(a, cookie).GetAsync("/api/admin/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(b, cookie).GetAsync("/api/admin/status")).StatusCode);
    }

    [Fact]
    public async Task AnOfficerCannotListOrRevokeOthersSessionsButCanEndAllOfTheirOwn()
    {
        await using var host = Host(redis: null);
        var phone = await SignInAsync(host, OfficerKey);
        var laptop = await SignInAsync(host, OfficerKey);
        var officer = WithCookie(host, phone);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync("/api/admin/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync("/api/admin/sessions/revoke?holder=key:root", null)).StatusCode);

        using var mine = await officer.PostAsync("/api/admin/sessions/revoke-mine", null);
        Assert.Equal(2, (await mine.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(host, laptop).GetAsync("/api/admin/status")).StatusCode);
    }

    [Fact]
    public async Task RemovingAKeyFromTheConfigurationEndsItsSessionsAndItsUseAtOnce()
    {
        var configuration = new MutableConfiguration();
        await using var host = Host(redis: null, configuration);
        var cookie = await SignInAsync(host, OfficerKey);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(host, cookie).GetAsync("/api/admin/status")).StatusCode);

        configuration.RemoveAll("Admin:ApiKeys:1"); // the ward officer's key, deleted from the running host's configuration

        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(host, cookie).GetAsync("/api/admin/status")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.CreateClient().WithKey(OfficerKey).GetAsync("/api/admin/status")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().WithKey(RootKey).GetAsync("/api/admin/status")).StatusCode);
    }

    private static WebApplicationFactory<Program> Host(string? redis, MutableConfiguration? configuration = null) =>
        new BotFactory().WithWebHostBuilder(web =>
        {
            configuration ??= new MutableConfiguration();
            configuration.Set("Admin:ApiKeys:0:Name", "root");
            configuration.Set("Admin:ApiKeys:0:Sha256", AdminKeys.Sha256(RootKey));
            configuration.Set("Admin:ApiKeys:0:Role", "admin");
            configuration.Set("Admin:ApiKeys:1:Name", "ward-officer");
            configuration.Set("Admin:ApiKeys:1:Sha256", AdminKeys.Sha256(OfficerKey));
            configuration.Set("Admin:ApiKeys:1:Role", "officer");
            configuration.Set("Admin:ApiKeys:1:Areas:0", "ha-noi.hoan-kiem");
            web.ConfigureAppConfiguration(c => c.Add(configuration));
            if (redis is not null)
            {
                web.UseSetting("Redis:ConnectionString", redis);
                web.UseSetting("Broadcasts:DeliveryEnabled", "false");
            }
        });

    /// <summary>Signs in through the dashboard's form; returns the session cookie's value.</summary>
    private static async Task<string> SignInAsync(WebApplicationFactory<Program> host, string key)
    {
        var browser = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await browser.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", key)]));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bot_admin=", StringComparison.Ordinal));
        return setCookie["bot_admin=".Length..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static HttpClient WithCookie(WebApplicationFactory<Program> host, string cookie)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", "bot_admin=" + cookie);
        return client;
    }
}
