using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Admin.Tests;

/// <summary>
/// A real Kestrel on loopback with the one admin key scheme (<c>AddAdminKeys</c>) and one endpoint behind a role
/// policy that answers "hello {holder}", so a test sees what a caller with a given key gets.
/// </summary>
internal sealed class GuardedApp : IAsyncDisposable
{
    private const string Path = "/guarded";

    private readonly WebApplication _app;
    private readonly HttpClient _client;

    private GuardedApp(WebApplication app, string baseUrl)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    /// <param name="policy">The <see cref="AdminPolicies"/> the endpoint requires.</param>
    /// <param name="settings">The admin keys (see <see cref="AdminKeySettings"/>).</param>
    /// <param name="time">The clock the sign-in throttle waits by; the system clock when null.</param>
    public static async Task<GuardedApp> StartAsync(string policy, IEnumerable<KeyValuePair<string, string?>> settings, TimeProvider? time = null)
    {
        var (app, baseUrl) = await LoopbackServer.StartAsync(
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(settings);
                if (time is not null)
                {
                    builder.Services.AddSingleton(time);
                }

                builder.Services.AddAdminKeys();
            },
            app =>
            {
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGet(Path, (HttpContext http) => "hello " + http.User.AdminName()).RequireAuthorization(policy);
            });
        return new GuardedApp(app, baseUrl);
    }

    /// <summary>GET the guarded endpoint with <c>Authorization: Bearer {key}</c>, or with no header when <paramref name="key"/> is null.</summary>
    public async Task<HttpResponseMessage> GetAsync(string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Path);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await _client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}
