using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>The admin API on the real host records who published a version and why, and shows diffs before and after a rollback.</summary>
public sealed class VersionHistoryApiTests
{
    private const string Key = AdminKeys.Editor;

    private static WebApplicationFactory<Program> Host(ContentSandbox sandbox) =>
        ContentHost.Over(sandbox, web => web.PublishingOnRequestOnly()
            .UseSetting("Content:PollSeconds", "0")
            .UseAdminKey(0, "bien-tap-lan", Key, "editor"));

    private static HttpClient Admin(WebApplicationFactory<Program> host) => host.CreateClient().WithKey(Key);

    [Fact]
    public async Task PublishingWithAMessageRecordsTheKeyHolderAndTheDiff()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var admin = Admin(host);
        var original = await ContentHost.VersionAsync(admin);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");

        var published = await admin.PostAsJsonAsync("/api/admin/content/reload", new { message = "Lời chào rõ hơn" });
        var edited = ContentLoader.HashFolder(sandbox.Folder);
        var list = await admin.GetFromJsonAsync<JsonElement>("/api/admin/content/versions");
        var one = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/content/versions/{edited}");
        var diff = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/content/diff/{original}/{edited}");
        var missing = await admin.GetAsync("/api/admin/content/versions/0123456789ab");
        var badBody = await admin.PostAsync("/api/admin/content/reload", new StringContent("[1,2]", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var listed = list.EnumerateArray().Single(v => v.GetProperty("version").GetString() == edited);
        Assert.Equal("bien-tap-lan", listed.GetProperty("author").GetString());
        Assert.Equal("Lời chào rõ hơn", listed.GetProperty("message").GetString());
        Assert.Equal(original, listed.GetProperty("previous").GetString());
        Assert.Equal("flows/eid.yaml", listed.GetProperty("changes")[0].GetProperty("path").GetString());
        Assert.Contains("+", one.GetProperty("changes")[0].GetProperty("diff").GetString()!, StringComparison.Ordinal);
        Assert.Contains("Bạn cần làm việc gì?", one.GetProperty("changes")[0].GetProperty("diff").GetString()!, StringComparison.Ordinal);
        Assert.Equal(one.GetProperty("changes")[0].GetProperty("diff").GetString(), diff.GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badBody.StatusCode);
        Assert.Contains("message", await badBody.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The status keeps its shape and gains the history fields.
        var status = await ContentHost.StatusAsync(admin);
        Assert.Equal(edited, status.GetProperty("version").GetString());
        Assert.Equal("bien-tap-lan", status.GetProperty("versions").EnumerateArray().Single(v => v.GetProperty("version").GetString() == edited).GetProperty("author").GetString());
    }

    [Fact]
    public async Task ARollbackIsPreviewedAsADiffAndAnswersWithTheDiffItApplied()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var admin = Admin(host);
        var original = await ContentHost.VersionAsync(admin);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        await admin.PostAsync("/api/admin/content/reload", null);
        var edited = ContentLoader.HashFolder(sandbox.Folder);

        var preview = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/content/rollback/{original}");
        var unchanged = ContentLoader.HashFolder(sandbox.Folder);
        var rollback = await admin.PostAsJsonAsync($"/api/admin/content/rollback/{original}", new { message = "trả lại lời chào cũ" });
        var unknown = await admin.GetAsync("/api/admin/content/rollback/0123456789ab");

        Assert.Equal(edited, unchanged);
        Assert.Equal(edited, preview.GetProperty("from").GetString());
        Assert.Equal(original, preview.GetProperty("to").GetString());
        var previewText = preview.GetProperty("text").GetString()!;
        Assert.Contains(previewText.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần gì?", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, rollback.StatusCode);
        var result = await rollback.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(original, result.GetProperty("version").GetString());
        Assert.Equal(previewText, result.GetProperty("applied").GetProperty("text").GetString());
        Assert.Equal(original, ContentLoader.HashFolder(sandbox.Folder));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        // The rollback is the newest entry of the history: who, "rollback to …", from which version, the file it changed.
        var history = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/content/history")).EnumerateArray().ToList();
        var newest = history[0];
        Assert.Equal(original, newest.GetProperty("version").GetString());
        Assert.Equal("rollback to " + original, newest.GetProperty("reason").GetString());
        Assert.Equal("trả lại lời chào cũ", newest.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(newest.GetProperty("author").GetString()));
        Assert.Equal(edited, newest.GetProperty("previous").GetString());
        Assert.Equal("flows/eid.yaml", Assert.Single(newest.GetProperty("changes").EnumerateArray()).GetProperty("path").GetString());
        Assert.Equal(3, history.Count); // started, edited, rolled back
        Assert.Equal(2, history.Count(e => e.GetProperty("version").GetString() == original));
    }

    [Fact]
    public async Task ContentPublishFromTheCommandLineNamesTheKeyHolderAndTheMessage()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await HostProcess.StartAsync(["--Content:VersionsPath", sandbox.Versions], new Dictionary<string, string>
        {
            ["Content__Path"] = sandbox.Folder,
            ["Content__Watch"] = "false",
            ["Admin__ApiKeys__0__Name"] = "bien-tap-lan",
            ["Admin__ApiKeys__0__Sha256"] = AdminKeys.Sha256(AdminKeys.Editor),
            ["Admin__ApiKeys__0__Role"] = "editor",
        });
        var cli = new Dictionary<string, string> { ["BOT_ADMIN_KEY"] = AdminKeys.Editor, ["BOT_URL"] = bot.Url };
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        var edited = ContentLoader.HashFolder(sandbox.Folder);

        var noMessage = await HostProcess.RunCliAsync(cli, "content", "publish");
        var published = await HostProcess.RunCliAsync(cli, "content", "publish", "-m", "Lời chào rõ hơn");
        var versions = await HostProcess.RunCliAsync(cli, "content", "versions", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");
        var refused = await HostProcess.RunCliAsync(cli, "content", "publish", "-m", "hỏng");

        Assert.Equal(1, noMessage.Exit);
        Assert.Contains("hãy viết một dòng nói đã sửa gì và vì sao", noMessage.Output, StringComparison.Ordinal);
        Assert.True(published.Exit == 0, published.Output);
        Assert.Contains($"bản {edited} đang chạy, người đăng: bien-tap-lan", published.Output, StringComparison.Ordinal);
        Assert.Contains($"{edited}  ", versions.Output, StringComparison.Ordinal);
        Assert.Contains("người đăng: bien-tap-lan", versions.Output, StringComparison.Ordinal);
        Assert.Contains("“Lời chào rõ hơn”", versions.Output, StringComparison.Ordinal);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("bot không nhận thư mục này; người dân vẫn dùng bản đang chạy", refused.Output, StringComparison.Ordinal);
        Assert.Contains("lỗi: không có bước 'ask_simm' trong luồng 'eid'", refused.Output, StringComparison.Ordinal);
    }
}
