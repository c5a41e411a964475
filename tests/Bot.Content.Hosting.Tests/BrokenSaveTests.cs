using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Content.Hosting.Tests;

/// <summary>
/// Every kind of broken save an editor (or a failing disk) can produce is an "edit refused": the
/// running version stays, residents keep getting answers, and the error names the file and line.
/// </summary>
public sealed partial class BrokenSaveTests
{
    [GeneratedRegex(@"^flows/(eid|ghost)\.yaml:\d+:\d+: error: ")]
    private static partial Regex FileLineError();

    [Theory]
    [MemberData(nameof(BrokenSaves.Kinds), MemberType = typeof(BrokenSaves))]
    public async Task BrokenSaveIsRefusedResidentsKeepTheLastGoodVersionAndTheErrorNamesTheLine(string kind)
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var good = bot.Version;
        BrokenSaves.Apply(sandbox, kind);

        var result = await bot.Reloader.ReloadAsync("editor saved: " + kind);

        Assert.True(result.Refused, kind + " was accepted");
        Assert.False(result.Swapped);
        Assert.Equal(good, bot.Version);
        var status = bot.Reloader.Status;
        Assert.Equal(good, status.Version);
        Assert.NotNull(status.LastErrorAt);
        Assert.Contains(status.LastError!, e => FileLineError().IsMatch(e));

        // Residents still get the last good content.
        var turn = bot.Runtime.Current.Run(null, InboundMessage.FromText("kich hoat vneid"), DateTimeOffset.UtcNow);
        Assert.Equal("eid", turn.Record.Flow);
    }

    [Fact]
    public async Task ALineNumberPointsAtTheBrokenLine()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var line = File.ReadAllLines(sandbox.EidPath).ToList().FindIndex(l => l.Contains("Bạn cần gì?", StringComparison.Ordinal)) + 1;
        BrokenSaves.Apply(sandbox, "invalid UTF-8");

        var result = await bot.Reloader.ReloadAsync("latin-1 save");

        Assert.Contains(result.Errors, e => e.StartsWith($"flows/eid.yaml:{line}:", StringComparison.Ordinal) && e.Contains("not UTF-8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFileDeletedAndRecreatedDuringReloadsNeverBreaksTheRunningVersion()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var good = bot.Version;
        var eid = File.ReadAllBytes(sandbox.EidPath);
        using var stop = new CancellationTokenSource();
        var churn = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                File.Delete(sandbox.EidPath);
                await Task.Yield();
                File.WriteAllBytes(sandbox.EidPath, eid);
            }
        });

        for (var i = 0; i < 20; i++)
        {
            var result = await bot.Reloader.ReloadAsync("racing save " + i);
            Assert.Equal(good, result.Version); // either refused, or the same good content read whole
        }

        await stop.CancelAsync();
        await churn;
        Assert.Equal(good, bot.Version);
        Assert.False((await bot.Reloader.ReloadAsync("quiet again")).Refused);
    }

    [Fact]
    public void TheCommandLineValidatorReportsTheSameErrorsInsteadOfCrashing()
    {
        using var sandbox = new ContentSandbox();
        BrokenSaves.Apply(sandbox, "bracket prepended");

        var (bundle, diagnostics) = ContentLoader.TryLoad(sandbox.Folder);

        Assert.Null(bundle);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.ToString().StartsWith("flows/eid.yaml:", StringComparison.Ordinal)
            && d.Message.Contains("not valid YAML", StringComparison.Ordinal));
    }
}
