using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.State;
using Bot.State.Redis.Tests.Infrastructure;
using Bot.Testing.WebChat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.State.Redis.Tests;

/// <summary>The real host (Program.cs) with <c>Redis:ConnectionString</c> set, driven through the web chat API.</summary>
public sealed class HostTests
{
    private static WebApplicationFactory<Program> Host(RedisServer redis, string prefix) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Redis:ConnectionString", redis.Endpoint)
            .UseSetting("Redis:KeyPrefix", prefix));

    private static async Task<JsonElement> PostAsync(HttpClient client, string conversation, object body, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", body);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task AWebChatConversationContinuesOnASecondHostAfterTheFirstStopped()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = TestBot.NewPrefix();
        string payload;
        await using (var first = Host(redis, prefix))
        {
            Assert.IsType<RedisConversationStore>(first.Services.GetRequiredService<IConversationStore>());
            var intro = await PostAsync(first.CreateClient(), "resident-1", new { payload = "f:eid", messageId = "1" });
            payload = WebChatClient.Button(intro, "Tôi muốn làm mức 2");
        }

        await using var second = Host(redis, prefix);
        var client = second.CreateClient();
        var next = await PostAsync(client, "resident-1", new { payload, messageId = "2" });
        var redelivered = await PostAsync(client, "resident-1", new { payload, messageId = "2" });

        // The retry (a response lost on the way) gets the very answer of the first request, and the
        // conversation moved once.
        Assert.Equal("ask_chip", next.GetProperty("node").GetString());
        Assert.NotEmpty(next.GetProperty("replies").EnumerateArray());
        Assert.Equal(next.GetRawText(), redelivered.GetRawText());
        var record = (await second.Services.GetRequiredService<IConversationStore>().LoadAsync(new("web", "resident-1"), null, default)).Record!;
        Assert.Equal(2, record.Turns);
    }

    [Fact]
    public async Task WithRedisDownTheWebChatAnswers503AndReadinessSaysWhy()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = Host(redis, TestBot.NewPrefix());
        var client = host.CreateClient();
        await PostAsync(client, "resident-2", new { text = "xin chào", messageId = "1" });

        redis.Kill();
        var problem = await PostAsync(client, "resident-2", new { text = "vneid", messageId = "2" }, HttpStatusCode.ServiceUnavailable);
        using var ready = await client.GetAsync("/health/ready");
        var health = await ready.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("Temporarily unavailable", problem.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", health.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AMessageRefusedWhileRedisWasDownIsAnsweredOnceWhenThePageSendsItAgain()
    {
        await using var redis = await RedisServer.StartAsync(durable: true);
        await using var host = Host(redis, TestBot.NewPrefix());
        var client = host.CreateClient();
        await PostAsync(client, "resident-3", new { payload = "f:eid", messageId = "a1" });

        redis.Kill();
        await PostAsync(client, "resident-3", new { payload = "c:help", messageId = "a2" }, HttpStatusCode.ServiceUnavailable);
        await redis.RestartAsync();
        var answer = await RetryUntilOkAsync(client, "resident-3", new { payload = "c:help", messageId = "a2" });
        var again = await PostAsync(client, "resident-3", new { payload = "c:help", messageId = "a2" });

        Assert.NotEmpty(answer.GetProperty("replies").EnumerateArray());
        Assert.Equal(answer.GetRawText(), again.GetRawText());
        var record = (await host.Services.GetRequiredService<IConversationStore>().LoadAsync(new("web", "resident-3"), null, default)).Record!;
        Assert.Equal(2, record.Turns);
    }

    /// <summary>What the page does after a 503: sends the same message (same messageId) again a moment later.</summary>
    private static async Task<JsonElement> RetryUntilOkAsync(HttpClient client, string conversation, object body)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", body);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.True(DateTime.UtcNow < until, "still 503 after Redis came back");
            await Task.Delay(200);
        }
    }
}
