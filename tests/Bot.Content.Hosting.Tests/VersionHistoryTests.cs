using Bot.Dialogs.Content;

namespace Bot.Content.Hosting.Tests;

/// <summary>Each published version says who published it, when, why, and what changed; a rollback shows its diff first.</summary>
public sealed class VersionHistoryTests
{
    [Fact]
    public async Task APublishedEditRecordsWhoWhenTheMessageAndTheDiffFromTheVersionBefore()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var before = bot.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");

        var result = await bot.Reloader.ReloadAsync("admin request", new ContentVersionNote("bien-tap-lan", "Lời chào rõ hơn\nfor elderly readers"));

        Assert.True(result.Swapped);
        var record = bot.Versions.Describe(result.Version)!;
        Assert.Equal("bien-tap-lan", record.Author);
        Assert.Equal("Lời chào rõ hơn for elderly readers", record.Message); // one line, as it was typed
        Assert.Equal("admin request", record.Reason);
        Assert.Equal(before, record.Previous);
        Assert.InRange(record.SavedAt, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var change = Assert.Single(record.Changes!);
        Assert.Equal(("flows/eid.yaml", "changed"), (change.Path, change.Change));
        Assert.StartsWith("--- a/flows/eid.yaml\n+++ b/flows/eid.yaml\n@@ -", change.Diff, StringComparison.Ordinal);
        Assert.Contains(change.Diff.Split('\n'), l => l.StartsWith('-') && l.Contains("Bạn cần gì?", StringComparison.Ordinal));
        Assert.Contains(change.Diff.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần làm việc gì?", StringComparison.Ordinal));

        // The list carries who, why and which files, without the diffs (the status stays small).
        var listed = bot.Reloader.Status.Versions.Single(v => v.Version == result.Version);
        Assert.Equal("bien-tap-lan", listed.Author);
        Assert.Equal("", Assert.Single(listed.Changes!).Diff);
    }

    [Fact]
    public async Task AnAddedAndARemovedFileAreNamedAsSuch()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var lexicon = Path.Combine(sandbox.Folder, "lexicon.yaml");
        var lexiconText = File.ReadAllText(lexicon);
        File.Delete(lexicon);
        File.WriteAllText(Path.Combine(sandbox.Folder, "tests", "extra.yaml"), "tests: []\n");

        var result = await bot.Reloader.ReloadAsync("file change");

        Assert.True(result.Swapped, string.Join("\n", result.Errors));
        var changes = bot.Versions.Describe(result.Version)!.Changes!.ToDictionary(c => c.Path);
        Assert.Equal("removed", changes["lexicon.yaml"].Change);
        Assert.StartsWith("--- a/lexicon.yaml\n+++ /dev/null\n@@ -1,", changes["lexicon.yaml"].Diff, StringComparison.Ordinal);
        Assert.Equal(lexiconText.Split('\n', StringSplitOptions.None).Length - 1, changes["lexicon.yaml"].Diff.Split('\n').Count(l => l.StartsWith('-') && !l.StartsWith("---", StringComparison.Ordinal)));
        Assert.Equal("added", changes["tests/extra.yaml"].Change);
        Assert.Equal("--- /dev/null\n+++ b/tests/extra.yaml\n@@ -0,0 +1,1 @@\n+tests: []\n", changes["tests/extra.yaml"].Diff);
        Assert.Null(bot.Versions.Describe(result.Version)!.Author); // a saved file does not say who saved it
    }

    [Fact]
    public async Task PublishingWhatASavedFileAlreadyPublishedAddsTheAuthorAndMessage()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        var saved = await bot.Reloader.ReloadAsync("file change: flows/eid.yaml");

        var published = await bot.Reloader.ReloadAsync("admin request", new ContentVersionNote("bien-tap-lan", "Sửa lời chào"));
        var again = await bot.Reloader.ReloadAsync("admin request", new ContentVersionNote("someone-else", "later words"));

        Assert.False(published.Swapped);
        Assert.False(again.Swapped);
        var record = bot.Versions.Describe(saved.Version)!;
        Assert.Equal(("bien-tap-lan", "Sửa lời chào"), (record.Author, record.Message)); // the first to sign keeps it
        Assert.Equal("file change: flows/eid.yaml", record.Reason);
    }

    [Fact]
    public async Task AVersionKeptBeforeHistoryWasRecordedStillListsAndDiffs()
    {
        using var sandbox = new ContentSandbox();
        var store = new ContentVersionStore(sandbox.Versions, 10, TimeProvider.System);
        var original = ContentLoader.HashFolder(sandbox.Folder);
        store.Save(sandbox.Folder, original);
        File.Delete(Path.Combine(sandbox.Versions, original, ".version-record")); // as an older release kept it
        File.WriteAllText(Path.Combine(sandbox.Versions, original, ".saved-at"), "2026-11-01T08:00:00.0000000+00:00");
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        var edited = await bot.Reloader.ReloadAsync("file change");

        var old = bot.Reloader.Status.Versions.Single(v => v.Version == original);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero), old.SavedAt);
        Assert.Null(old.Author);
        Assert.Null(old.Reason);
        Assert.Null(old.Changes);
        Assert.Equal(original, bot.Versions.Describe(edited.Version)!.Previous);
        Assert.Single(bot.Versions.Diff(original, edited.Version)!.Files);
    }

    [Fact]
    public async Task ARollbackShowsTheDiffItWillApplyAndAppliesExactlyThat()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var original = bot.Version;
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");
        await bot.Reloader.ReloadAsync("file change");
        sandbox.ReplaceInEid("Bạn cần làm việc gì?", "Bạn cần làm gì hôm nay?"); // saved, not yet published

        var preview = (await bot.Reloader.PreviewRollbackAsync(original))!;
        var folderAfterPreview = ContentLoader.HashFolder(sandbox.Folder);
        var (result, applied) = (await bot.Reloader.RollbackAsync(original, new ContentVersionNote("bien-tap-lan", null)))!.Value;

        Assert.NotEqual(original, folderAfterPreview); // looking does not change anything
        var change = Assert.Single(preview.Files);
        Assert.Equal("flows/eid.yaml", change.Path);
        Assert.Contains("-", change.Diff, StringComparison.Ordinal);
        Assert.Contains(change.Diff.Split('\n'), l => l.StartsWith('-') && l.Contains("Bạn cần làm gì hôm nay?", StringComparison.Ordinal)); // from the folder as it is
        Assert.Contains(change.Diff.Split('\n'), l => l.StartsWith('+') && l.Contains("Bạn cần gì?", StringComparison.Ordinal));
        Assert.Equal(preview.Text, applied.Text);
        Assert.Equal(original, result.Version);
        Assert.Equal(original, ContentLoader.HashFolder(sandbox.Folder));
        Assert.Null(await bot.Reloader.PreviewRollbackAsync("0123456789ab"));
        Assert.Null(await bot.Reloader.PreviewRollbackAsync("../x"));
    }

    [Fact]
    public async Task AVersionReturnedToAgainAndAgainNamesTheChangedFilesAndKeepsItsRecordSmall()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var original = bot.Version;
        var record = Path.Combine(sandbox.Versions, original, ".version-record");
        long? sizeAfterFirstReturn = null;
        for (var round = 0; round < 4; round++)
        {
            sandbox.ReplaceInEid("Bạn cần gì?", $"Bạn cần làm việc gì? ({round})");
            var edited = await bot.Reloader.ReloadAsync("file change");
            Assert.True(edited.Swapped);
            Assert.True((await bot.Reloader.RollbackAsync(original, new ContentVersionNote("bien-tap-lan", null))).HasValue);
            sizeAfterFirstReturn ??= new FileInfo(record).Length;
        }

        // Each return says which file changed and from which version; the text of the change is asked for on demand.
        var returns = bot.Versions.Describe(original)!.Returns!;
        Assert.Equal(4, returns.Count);
        Assert.All(returns, r => Assert.Equal(("flows/eid.yaml", ""), (Assert.Single(r.Changes!).Path, Assert.Single(r.Changes!).Diff)));
        Assert.Contains("Bạn cần gì?", bot.Versions.Diff(returns[^1].Previous!, original)!.Text, StringComparison.Ordinal);

        // Four returns cost a few hundred bytes each, not a diff each (they used to carry the whole diff).
        Assert.InRange(new FileInfo(record).Length - sizeAfterFirstReturn!.Value, 0, 3 * 600);
    }

    [Fact]
    public async Task AnotherInstanceShowsTheSameHistory()
    {
        using var first = new ContentSandbox();
        using var second = new ContentSandbox();
        var bus = new InProcessContentVersionBus();
        await using var a = await ReloaderFixture.StartAsync(first, bus);
        await using var b = await ReloaderFixture.StartAsync(second, bus);
        first.ReplaceInEid("Bạn cần gì?", "Bạn cần làm việc gì?");

        var published = await a.Reloader.ReloadAsync("admin request", new ContentVersionNote("bien-tap-lan", "Sửa lời chào"));
        for (var i = 0; i < 100 && b.Version != published.Version; i++)
        {
            await Task.Delay(50);
        }

        Assert.Equal(published.Version, b.Version);
        var there = b.Versions.Describe(published.Version)!;
        Assert.Equal(("bien-tap-lan", "Sửa lời chào", "admin request"), (there.Author, there.Message, there.Reason));
        Assert.Equal("flows/eid.yaml", Assert.Single(there.Changes!).Path);
    }
}
