using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>Two hosts with their own content folders on one real Redis follow each other's publishes and rollbacks.</summary>
public sealed class RedisFleetTests
{
    private static WebApplicationFactory<Program> Instance(ContentSandbox sandbox, RedisServer redis, string prefix) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Content:Path", sandbox.Folder);
            web.UseSetting("Content:VersionsPath", sandbox.Versions);
            web.UseSetting("Content:DebounceMilliseconds", "50");
            web.UseSetting("Content:PollSeconds", "1");
            web.UseSetting("Redis:ConnectionString", redis.Endpoint);
            web.UseSetting("Redis:KeyPrefix", prefix);
            web.UseAdminKey(0, "content-editor", AdminKeys.Editor, "editor");
        });

    private static async Task<string> VersionAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/admin/content")).GetProperty("version").GetString()!;

    /// <summary>Asks the instance until it runs <paramref name="version"/>; gives up after a minute.</summary>
    private static async Task WaitForVersionAsync(HttpClient admin, string version)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (await VersionAsync(admin) == version)
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"the instance still runs {await VersionAsync(admin)}, not {version}");
    }

    [Fact]
    public async Task PublishOnOneInstanceReachesTheOtherAndSoDoesARollback()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = "fleet-" + Guid.NewGuid().ToString("N")[..8] + ":";
        using var first = new ContentSandbox();
        using var second = new ContentSandbox();
        await using var a = Instance(first, redis, prefix);
        await using var b = Instance(second, redis, prefix);
        var adminA = a.CreateClient().WithKey(AdminKeys.Editor);
        var adminB = b.CreateClient().WithKey(AdminKeys.Editor);
        var original = await VersionAsync(adminA);
        Assert.Equal(original, await VersionAsync(adminB));

        first.EditEid(t => t.Replace("Bạn cần gì?", "Bạn cần làm việc gì?", StringComparison.Ordinal));
        var edited = ContentLoader.HashFolder(first.Folder);
        await WaitForVersionAsync(adminA, edited);
        await WaitForVersionAsync(adminB, edited);

        Assert.Equal(edited, ContentLoader.HashFolder(second.Folder)); // B never saw the edit: it came through Redis
        var chat = await b.CreateClient().PostAsJsonAsync("/api/webchat/fleet1/messages", new { payload = "f:eid" });
        Assert.Contains("Bạn cần làm việc gì?", System.Text.RegularExpressions.Regex.Unescape(await chat.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var rollback = await adminB.PostAsync($"/api/admin/content/rollback/{original}", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        await WaitForVersionAsync(adminA, original);
        Assert.Equal(original, ContentLoader.HashFolder(first.Folder));
    }

    [Fact]
    public async Task AnInstanceRestartedWithAnOutdatedFolderJoinsTheFleetVersion()
    {
        await using var redis = await RedisServer.StartAsync();
        var prefix = "fleet-" + Guid.NewGuid().ToString("N")[..8] + ":";
        using var first = new ContentSandbox();
        using var second = new ContentSandbox();
        string edited;
        await using (var a = Instance(first, redis, prefix))
        {
            var adminA = a.CreateClient().WithKey(AdminKeys.Editor);
            await VersionAsync(adminA);
            first.EditEid(t => t.Replace("Bạn cần gì?", "Bạn cần làm việc gì?", StringComparison.Ordinal));
            edited = ContentLoader.HashFolder(first.Folder);
            await WaitForVersionAsync(adminA, edited);
        }

        // B starts later with the shipped (already replaced) version in its folder: it follows the fleet.
        await using var b = Instance(second, redis, prefix);
        await WaitForVersionAsync(b.CreateClient().WithKey(AdminKeys.Editor), edited);
        Assert.Equal(edited, ContentLoader.HashFolder(second.Folder));
    }
}
