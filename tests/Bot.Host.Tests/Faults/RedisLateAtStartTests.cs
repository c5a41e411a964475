using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;

namespace Bot.Host.Tests.Faults;

/// <summary>
/// A reboot where Redis comes up after the bot: the bot starts anyway, says it is not ready, and
/// everything that needs Redis connects by itself once Redis is there, with no restart.
/// </summary>
public sealed class RedisLateAtStartTests
{
    [Fact]
    public async Task AHostStartedBeforeRedisServesOnceRedisArrivesWithoutARestart()
    {
        await using var redis = await RedisServer.StartAsync();
        redis.Kill(); // the port is known, and nothing listens on it

        // Only pub/sub can bring another instance's list addition within the test: the poll is an hour.
        await using var early = await FleetHost.StartAsync(redis.Endpoint, new Dictionary<string, string> { ["Fraud__ListPollSeconds"] = "3600" });

        Assert.Equal(HttpStatusCode.OK, (await early.Http.GetAsync("/health/live")).StatusCode);
        using (var ready = await early.Http.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            var checks = (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("checks");
            Assert.Equal("Unhealthy", checks.GetProperty("redis").GetProperty("status").GetString());
        }

        using (var refused = await early.SayAsync("late-redis", "kich hoat vneid"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode); // nothing stored: the page asks to send again
        }

        await redis.RestartAsync();

        await early.EventuallyAsync(async () => (await early.Http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness turned 200");
        using (var answered = await early.SayAsync("late-redis", "kich hoat vneid"))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        await using var client = await redis.ConnectAsync();
        var db = client.GetDatabase();
        Assert.True(await db.KeyExistsAsync("bot:{c:web:late-redis}:r"), "the web-chat turn is stored in Redis");

        // The content bus: the early instance announced its version once Redis answered …
        var version = await early.ContentVersionAsync();
        await early.EventuallyAsync(async () => await db.StringGetAsync("bot:{content}:current") == version, "the early instance's content version reached Redis");

        // … and follows an edit another instance publishes.
        await using var later = await FleetHost.StartAsync(redis.Endpoint);
        later.Sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần hỏi điều gì?");
        string? edited = null;
        await later.EventuallyAsync(async () => (edited = await later.ContentVersionAsync()) != version, "the later instance published the edit");
        await early.EventuallyAsync(async () => await early.ContentVersionAsync() == edited, "the early instance followed the published edit");

        // The scam-list subscription: an officer's addition on one instance is used by the other at once.
        using (var added = await later.AsOfficerAsync(HttpMethod.Post, "/api/fraud/lists/domains", new { value = "tra-cuu-phat-nguoi.top" }))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        await early.EventuallyAsync(async () =>
        {
            using var check = await early.Http.PostAsJsonAsync("/api/fraud/check", new { text = "Tra cứu phạt nguội tại tra-cuu-phat-nguoi.top" });
            var verdict = await check.Content.ReadFromJsonAsync<JsonElement>();
            return verdict.GetProperty("reasons").EnumerateArray().Any(r => r.GetProperty("code").GetString() == "link_reported");
        }, "the early instance used the domain another instance reported", seconds: 20);
    }
}
