using Bot.Content.Hosting;
using Bot.Content.Hosting.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Content.Hosting.Tests;

/// <summary>A host starts by the same rule as a reload: validator errors count, the last good version carries on.</summary>
public sealed class ContentStartupTests
{
    private const string OutdatedTerm = "Hỏi công an huyện nơi bạn ở.";

    private static ContentRuntime Start(ContentSandbox sandbox, ILogger<ContentRuntime>? logger = null) =>
        new(Options.Create(new ContentOptions { Path = sandbox.Folder, VersionsPath = sandbox.Versions }), TimeProvider.System, logger);

    [Fact]
    public void FolderThatOnlyTheValidatorRejectsStartsOnTheLastGoodKeptVersionAndSaysWhatToFix()
    {
        using var sandbox = new ContentSandbox();
        var good = Start(sandbox).Current.Content.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", OutdatedTerm);
        var log = new ListLogger<ContentRuntime>();

        var runtime = Start(sandbox, log);

        Assert.Equal(good, runtime.Current.Content.Version);
        Assert.Equal(sandbox.Folder, runtime.Current.Content.Path);
        Assert.DoesNotContain(OutdatedTerm, runtime.Current.Content.Flows["eid"].FindNode("intro")!.Text.Vi, StringComparison.Ordinal);
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("flows/eid.yaml:", StringComparison.Ordinal) && l.Text.Contains("error:", StringComparison.Ordinal));
        Assert.Contains(log.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("last good content version " + good, StringComparison.Ordinal));
        Assert.Contains(OutdatedTerm, File.ReadAllText(sandbox.EidPath), StringComparison.Ordinal); // the editor's work is left alone
    }

    [Fact]
    public void FolderWithErrorsAndNoKeptVersionRefusesToStartNamingTheLine()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("Bạn cần gì?", OutdatedTerm);

        var error = Assert.Throws<InvalidOperationException>(() => Start(sandbox));

        Assert.Contains("cannot start", error.Message, StringComparison.Ordinal);
        Assert.Contains("no earlier good version is kept", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"flows/eid\.yaml:\d+:\d+: error: ", error.Message);
    }

    [Fact]
    public async Task StartAndReloadApplyTheSameRule()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        sandbox.ReplaceInEid("Bạn cần gì?", OutdatedTerm);

        var reload = await bot.Reloader.ReloadAsync("outdated term");
        var restart = Start(sandbox);

        Assert.True(reload.Refused);
        Assert.Equal(bot.Version, restart.Current.Content.Version);
    }
}
