using System.Net;
using Bot.Admin;
using Bot.Host.Tests.Support;
using Bot.Testing.Telegram;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Admin;

/// <summary>
/// Every admin route of the whole host names a role policy of the one admin sign-in; only signing in and
/// the sign-in page's own files are open. A route added later without a policy fails this test.
/// </summary>
public sealed class AdminEndpointPolicyTests
{
    /// <summary>The routes one uses to get a session: open to everyone, and nothing else under the admin paths is.</summary>
    private static readonly HashSet<string> SignInRoutes =
    [
        "GET /admin/login", "POST /admin/login", "GET /admin/link", "POST /admin/logout", "GET /admin/assets/{file}",
    ];

    [Fact]
    public async Task EveryAdminRouteRequiresARolePolicyAndOnlySigningInIsOpen()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var host = Host(telegram);
        host.CreateClient();

        var admin = AdminRoutes(host).ToList();

        // Every feature's admin routes are here, so the test cannot pass by finding nothing.
        var names = admin.Select(r => r.Name).ToList();
        Assert.Contains("GET /admin", names);
        Assert.Contains("GET /api/admin/content", names);
        Assert.Contains("POST /api/admin/broadcasts/{id}/approve", names);
        Assert.Contains("GET /api/admin/qr/sheet", names);
        Assert.Contains("GET /api/fraud/reports", names);
        Assert.Contains("POST /api/fraud/lists/domains", names);
        Assert.Contains("DELETE /api/admin/sessions/{id}", names);
        Assert.Contains("GET /api/admin/stats", names);

        foreach (var route in admin)
        {
            var policies = route.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var open = route.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (SignInRoutes.Contains(route.Name))
            {
                Assert.True(open, route.Name + " is how one signs in; it must stay open");
                continue;
            }

            Assert.False(open, route.Name + " is an admin route marked AllowAnonymous");
            Assert.True(policies.Count > 0 && policies.All(p => AdminPolicies.All.Contains(p!)),
                $"{route.Name} must use .RequireAuthorization(AdminPolicies.…); it has: [{string.Join(", ", policies)}]");
        }

        Assert.Equal(SignInRoutes.Order(), admin.Where(r => SignInRoutes.Contains(r.Name)).Select(r => r.Name).Order());
    }

    [Fact]
    public async Task NoAdminRouteAnswersSomeoneWhoHasNotSignedIn()
    {
        await using var telegram = await FakeBotApi.StartAsync();
        await using var host = Host(telegram);
        var anonymous = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrongKey = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).WithKey("not-a-configured-key-0123456789");

        foreach (var route in AdminRoutes(host).Where(r => !SignInRoutes.Contains(r.Name)))
        {
            var path = route.Pattern.Replace("{id}", "abcdefghjk", StringComparison.Ordinal).Replace("{flow}", "eid", StringComparison.Ordinal)
                .Replace("{version}", "0123456789ab", StringComparison.Ordinal);
            foreach (var client in new[] { anonymous, wrongKey })
            {
                using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), path));
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests,
                    $"{route.Name} answered {(int)response.StatusCode} without a valid key");
            }
        }
    }

    private static WebApplicationFactory<Program> Host(FakeBotApi telegram) =>
        new BotFactory().WithWebHostBuilder(web =>
        {
            // Every feature that maps admin routes is on: Telegram (QR sheet), broadcasts, scam desk, content, dashboard.
            web.UseSetting("Telegram:BotToken", telegram.Token);
            web.UseSetting("Telegram:ApiBaseUrl", telegram.BaseUrl);
            web.UseSetting("Telegram:Mode", "webhook");
            web.UseSetting("Telegram:WebhookUrl", "https://bot.example.test/telegram/webhook");
            web.UseSetting("Telegram:SecretToken", "endpoint-policy-test-secret-0123456789");
            web.UseSetting("Telegram:BotUsername", "congan_test_bot");
            web.UseAdminKey(0, "content-team", AdminKeys.Editor, "editor");
            web.UseSetting("Admin:SignIn:FreeAttempts", "1000"); // this test sends many wrong keys on purpose
        });

    private static IEnumerable<(string Name, string Method, string Pattern, RouteEndpoint Endpoint)> AdminRoutes(WebApplicationFactory<Program> host)
    {
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var isAdmin = pattern == "/admin" || pattern.StartsWith("/admin/", StringComparison.Ordinal)
                || pattern.StartsWith("/api/admin", StringComparison.Ordinal)
                || (pattern.StartsWith("/api/fraud/", StringComparison.Ordinal) && pattern != "/api/fraud/check"); // the check is for residents
            if (!isAdmin)
            {
                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return ($"{method} {pattern.TrimEnd('/')}", method, pattern.TrimEnd('/'), endpoint);
            }
        }
    }
}
