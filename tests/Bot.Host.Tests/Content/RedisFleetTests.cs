using System.Net;
using System.Net.Http.Json;
using Bot.Dialogs.Content;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>Two hosts with their own content folders on one real Redis follow each other's publishes and rollbacks.</summary>
public sealed class RedisFleetTests
{
    private static WebApplicationFactory<Program> Instance(ContentSandbox sandbox, RedisServer redis, string prefix) =>
        ContentHost.Over(sandbox, web => web.PublishingSavesAtOnce()
            .UseSetting("Redis:ConnectionString", redis.Endpoint)
            .UseSetting("Redis:KeyPrefix", prefix)
            .UseAdminKey(0, "content-editor", AdminKeys.Editor, "editor"));

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
        var original = await ContentHost.VersionAsync(adminA);
        Assert.Equal(original, await ContentHost.VersionAsync(adminB));

        var edited = await ContentHost.SaveEidEditAsync(first, adminA, "Bạn cần gì?", "Bạn cần làm việc gì?");
        await ContentHost.WaitForVersionAsync(adminB, edited);

        Assert.Equal(edited, ContentLoader.HashFolder(second.Folder)); // B never saw the edit: it came through Redis
        var chat = await b.CreateClient().PostAsJsonAsync("/api/webchat/fleet1/messages", new { payload = "f:eid" });
        Assert.Contains("Bạn cần làm việc gì?", System.Text.RegularExpressions.Regex.Unescape(await chat.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var rollback = await adminB.PostAsync($"/api/admin/content/rollback/{original}", null);
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        await ContentHost.WaitForVersionAsync(adminA, original);
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
            await ContentHost.VersionAsync(adminA);
            edited = await ContentHost.SaveEidEditAsync(first, adminA, "Bạn cần gì?", "Bạn cần làm việc gì?");
        }

        // B starts later with the shipped (already replaced) version in its folder: it follows the fleet.
        await using var b = Instance(second, redis, prefix);
        await ContentHost.WaitForVersionAsync(b.CreateClient().WithKey(AdminKeys.Editor), edited);
        Assert.Equal(edited, ContentLoader.HashFolder(second.Folder));
    }
}
