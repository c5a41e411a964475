using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>The real host over content with procedure cards: card edits go live without a restart, broken ones never do.</summary>
public sealed class CardHotReloadTests : IDisposable
{
    private readonly ContentSandbox _sandbox = new(RepositoryPaths.CardContent);

    private string Folder => _sandbox.Folder;

    private static string CardFile => Path.Combine("procedures", "tam_tru.yaml");

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public async Task AConversationOnACardReportsItsTopicAndACardEditGoesLiveWithoutARestart()
    {
        await using var host = Host();
        var chat = new WebChatClient(host.CreateClient(), "card-reader");

        var overview = await chat.SendTextAsync("dang ky tam tru o dau");
        Assert.Equal(("services", "tam_tru"), (overview.GetProperty("flow").GetString(), overview.GetProperty("node").GetString()));
        var fee = await chat.PressAsync(WebChatClient.Button(overview, "Lệ phí, thời gian"));
        Assert.Equal("tam_tru_fee", fee.GetProperty("node").GetString());
        Assert.Contains("7.000 đồng", WebChatClient.Texts(fee), StringComparison.Ordinal);

        _sandbox.Replace(CardFile, "7.000 đồng khi làm trên mạng", "7.000 đồng khi làm trên VNeID hoặc dichvucong.gov.vn");

        var updated = await Eventually.ReadAsync(() => chat.PressAsync("f:services.tam_tru_fee"),
            r => WebChatClient.Texts(r).Contains("trên VNeID hoặc dichvucong.gov.vn", StringComparison.Ordinal), "the edited fee goes live");
        Assert.Equal("services", updated.GetProperty("flow").GetString());
    }

    [Fact]
    public async Task ANewCardFileIsRoutableOnceSavedAndABrokenOneNeverGoesLive()
    {
        await using var host = Host();
        var chat = new WebChatClient(host.CreateClient(), "new-card");
        await chat.SendTextAsync("hi");

        var card = File.ReadAllText(Path.Combine(Folder, "procedures", "luu_tru.yaml"))
            .Replace("id: luu_tru", "id: tam_vang", StringComparison.Ordinal)
            .Replace("title: { vi: \"Thông báo lưu trú\", en: \"Notify a guest's stay\" }", "title: { vi: \"Khai báo tạm vắng\", en: \"Temporary absence\" }", StringComparison.Ordinal)
            .Replace("  - thông báo lưu trú\n  - thong bao luu tru\n", "  - khai báo tạm vắng\n  - khai bao tam vang\n", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Folder, "procedures", "tam_vang.yaml"), card);

        var opened = await Eventually.ReadAsync(() => chat.SendTextAsync("khai bao tam vang"),
            r => r.GetProperty("node").GetString() == "tam_vang", "the new card goes live");
        Assert.Contains("📋 Khai báo tạm vắng", WebChatClient.Texts(opened), StringComparison.Ordinal);

        // A misspelt key: refused with its line; the running version (with both cards) stays.
        var admin = host.CreateClient().WithKey(AdminKeys.Editor);
        var live = await ContentHost.VersionAsync(admin);
        _sandbox.Replace(CardFile, "legal_basis:", "legal_bases:");
        var refused = await ContentHost.WaitForRefusalAsync(admin);
        Assert.StartsWith("procedures/tam_tru.yaml:33:1: error: unknown key 'legal_bases' (did you mean 'legal_basis'?)",
            refused.GetProperty("lastError")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(live, refused.GetProperty("version").GetString());
        var still = await chat.SendTextAsync("dang ky tam tru");
        Assert.Equal("tam_tru", still.GetProperty("node").GetString());
    }

    private WebApplicationFactory<Program> Host() =>
        ContentHost.Over(_sandbox, web => web.PublishingSavesAtOnce().UseAdminKey(0, "card-editor", AdminKeys.Editor, "editor"));
}
