using Bot.Dialogs.Content;
using Bot.Content.Hosting;

namespace Bot.Content.Hosting.Tests;

public sealed class HotReloadTests
{
    [Fact]
    public async Task ValidEditGoesLiveAndBothVersionsAreKept()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var before = bot.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");

        var result = await bot.Reloader.ReloadAsync("test edit");

        Assert.True(result.Swapped);
        Assert.NotEqual(before, bot.Version);
        Assert.Equal(ContentLoader.HashFolder(sandbox.Folder), bot.Version);
        Assert.Contains("Bạn cần làm việc gì?", bot.Runtime.Current.Content.Flows["eid"].FindNode("intro")!.Text.Vi, StringComparison.Ordinal);
        Assert.Equal(new[] { before, bot.Version }.Order(), bot.Reloader.Status.Versions.Select(v => v.Version).Order());
    }

    [Fact]
    public async Task BrokenEditNeverReplacesTheRunningVersionAndTheErrorIsShown()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var before = bot.Version;
        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");

        var refused = await bot.Reloader.ReloadAsync("broken edit");

        Assert.True(refused.Refused);
        Assert.Equal(before, bot.Version);
        var status = bot.Reloader.Status;
        Assert.Equal(before, status.Version);
        Assert.NotNull(status.LastErrorAt);
        Assert.Contains(status.LastError!, e => e.StartsWith("flows/eid.yaml:", StringComparison.Ordinal) && e.Contains("'ask_simm' does not exist", StringComparison.Ordinal));

        sandbox.EditEid(t => t.Replace("goto: ask_simm\n", "goto: ask_sim\n", StringComparison.Ordinal)
            .Replace("Bạn cần gì?", "Bạn cần hỏi gì?", StringComparison.Ordinal));
        var fixedEdit = await bot.Reloader.ReloadAsync("fixed edit");

        Assert.True(fixedEdit.Swapped);
        Assert.Null(bot.Reloader.Status.LastError);
    }

    [Fact]
    public async Task ARefusedOutdatedTermShowsItsReasonInTheEditorsLanguageOnThePreview()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần gì? Hãy đến công an huyện.");

        Assert.True((await bot.Reloader.ReloadAsync("outdated edit")).Refused);

        var status = bot.Reloader.Status;
        Assert.Contains(status.LastError!, e => e.Contains("— district police were abolished on 1/3/2025", StringComparison.Ordinal));
        Assert.Contains(status.LastErrorVi!, e => e.Contains("dùng từ cũ 'công an huyện' — từ 1/3/2025 không còn công an cấp huyện", StringComparison.Ordinal));
        Assert.DoesNotContain(status.LastErrorVi!, e => e.Contains("abolished", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditThatOnlyTheValidatorRejectsIsRefusedToo()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var before = bot.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", "Hỏi công an huyện nơi bạn ở.");

        var refused = await bot.Reloader.ReloadAsync("outdated term");

        Assert.True(refused.Refused);
        Assert.Equal(before, bot.Version);
        Assert.Contains(refused.Errors, e => e.Contains("outdated term 'công an huyện'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RollbackRestoresAKeptVersionIntoTheFolderAndMakesItLive()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var original = bot.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        await bot.Reloader.ReloadAsync("edit");

        var result = await bot.Reloader.RollbackAsync(original);
        var unknown = await bot.Reloader.RollbackAsync("0123456789ab");

        Assert.NotNull(result);
        Assert.True(result.Swapped);
        Assert.Equal(original, bot.Version);
        Assert.Equal(original, ContentLoader.HashFolder(sandbox.Folder));
        Assert.Null(unknown);
    }

    [Fact]
    public async Task OnlyTheLastNVersionsAreKept()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox, keep: 2);
        var previous = "Bạn cần gì?";
        foreach (var next in new[] { "Bạn cần A?", "Bạn cần B?", "Bạn cần C?" })
        {
            sandbox.ReplaceInEid(previous, next);
            Assert.True((await bot.Reloader.ReloadAsync("edit")).Swapped);
            previous = next;
        }

        var kept = bot.Reloader.Status.Versions;
        Assert.Equal(2, kept.Count);
        Assert.Equal(bot.Version, kept[0].Version);
    }

    [Fact]
    public async Task InstancesSharingABusConvergeOnThePublishedVersionIncludingRollback()
    {
        using var first = new ContentSandbox();
        using var second = new ContentSandbox();
        var bus = new InProcessContentVersionBus();
        var shared = Path.Combine(first.Root, "shared-versions");
        await using var a = await ReloaderFixture.StartAsync(first, bus, shared);
        await using var b = await ReloaderFixture.StartAsync(second, bus, shared);
        var original = a.Version;
        Assert.Equal(original, b.Version);

        first.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        await a.Reloader.ReloadAsync("edit on instance A");

        Assert.NotEqual(original, a.Version);
        Assert.Equal(a.Version, b.Version);
        Assert.Equal(a.Version, ContentLoader.HashFolder(second.Folder));

        await b.Reloader.RollbackAsync(original);

        Assert.Equal(original, b.Version);
        Assert.Equal(original, a.Version);
    }
}
