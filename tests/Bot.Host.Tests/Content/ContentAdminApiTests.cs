using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>The real host: the folder watcher publishes edits, refuses broken ones, and the admin API shows and rolls back.</summary>
public sealed class ContentAdminApiTests
{
    private const string Key = AdminKeys.Editor;

    private static WebApplicationFactory<Program> Host(ContentSandbox sandbox, bool withKey = true) =>
        ContentHost.Over(sandbox, web =>
        {
            web.PublishingSavesAtOnce();
            if (withKey)
            {
                web.UseAdminKey(0, "content-editor", Key, "editor");
            }
        });

    private static HttpClient Admin(WebApplicationFactory<Program> host) => host.CreateClient().WithKey(Key);

    /// <summary>Every string in a JSON response, decoded (the API escapes Vietnamese letters).</summary>
    private static async Task<string> TextOfAsync(HttpResponseMessage response)
    {
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        var texts = new List<string>();
        Collect(json);
        return string.Join("\n", texts);

        void Collect(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    texts.Add(e.GetString()!);
                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        Collect(item);
                    }

                    break;
                case JsonValueKind.Object:
                    foreach (var property in e.EnumerateObject())
                    {
                        Collect(property.Value);
                    }

                    break;
            }
        }
    }

    [Fact]
    public async Task AdminApiNeedsTheKey()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var anonymous = host.CreateClient();
        var wrong = host.CreateClient().WithKey(Key + "x");

        var none = await anonymous.GetAsync("/api/admin/content");
        var bad = await wrong.PostAsync("/api/admin/content/rollback/0123456789ab", null);
        var good = await Admin(host).GetAsync("/api/admin/content");

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
    }

    [Fact]
    public void VersionsInsideTheContentFolderAreRefusedAtStart()
    {
        using var sandbox = new ContentSandbox();
        using var host = Host(sandbox).WithWebHostBuilder(web => web.UseSetting("Content:VersionsPath", Path.Combine(sandbox.Folder, "versions")));

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Content:VersionsPath must be outside the content folder", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminApiIsOffUntilAKeyIsConfigured()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox, withKey: false);

        var response = await Admin(host).GetAsync("/api/admin/content");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Admin:ApiKeys", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SavedEditIsPublishedWithoutRestartAndBrokenEditIsShownButNotPublished()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var admin = Admin(host);
        var original = await ContentHost.VersionAsync(admin);

        var edited = await ContentHost.SaveEidEditAsync(sandbox, admin, "Bạn cần gì?", "Bạn cần làm việc gì?");

        var chat = await host.CreateClient().PostAsJsonAsync("/api/webchat/editor1/messages", new { payload = "f:eid" });
        Assert.Contains("Bạn cần làm việc gì?", await TextOfAsync(chat), StringComparison.Ordinal);

        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");
        var refused = await ContentHost.WaitForRefusalAsync(admin);

        Assert.Equal(edited, refused.GetProperty("version").GetString());
        Assert.Contains("'ask_simm' does not exist", refused.GetProperty("lastError")[0].GetString(), StringComparison.Ordinal);
        var stillWorks = await host.CreateClient().PostAsJsonAsync("/api/webchat/editor2/messages", new { payload = "b:eid:intro:ask_chip" });
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Contains("gắn chip", await TextOfAsync(stillWorks), StringComparison.Ordinal);

        var versions = refused.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()).ToList();
        Assert.Contains(original, versions);
        Assert.Contains(edited, versions);
    }

    [Fact]
    public async Task RollbackEndpointRestoresAKeptVersion()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var admin = Admin(host);
        var original = await ContentHost.VersionAsync(admin);
        var edited = await ContentHost.SaveEidEditAsync(sandbox, admin, "Bạn cần gì?", "Bạn cần làm việc gì?");

        var rollback = await admin.PostAsync($"/api/admin/content/rollback/{original}", null);
        var unknown = await admin.PostAsync("/api/admin/content/rollback/0123456789ab", null);
        var traversal = await admin.PostAsync("/api/admin/content/rollback/..", null);

        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        Assert.Equal(original, (await rollback.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetString());
        Assert.Equal(original, ContentLoader.HashFolder(sandbox.Folder));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, traversal.StatusCode);
    }

    [Fact]
    public void HostOnABrokenFolderWithoutAGoodVersionDoesNotStart()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");
        using var host = ContentHost.Over(sandbox);

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("'ask_simm' does not exist", error.ToString(), StringComparison.Ordinal);
    }
}
