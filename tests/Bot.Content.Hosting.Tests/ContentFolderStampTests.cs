using Bot.Dialogs.Content;

namespace Bot.Content.Hosting.Tests;

/// <summary>
/// The watcher's periodic check reads sizes and times and hashes the folder only when they moved (issue #18, round 4):
/// every kind of edit must move the stamp, or the fallback for lost file events would miss it.
/// </summary>
public sealed class ContentFolderStampTests
{
    [Fact]
    public void AnUntouchedFolderKeepsItsStampSoTheCheckSkipsTheHash()
    {
        using var sandbox = new ContentSandbox();

        Assert.Equal(ContentFolderStamp.Of(sandbox.Folder), ContentFolderStamp.Of(sandbox.Folder));
    }

    [Fact]
    public void AnEditOfTheSameLengthMovesTheStampThroughItsWriteTime()
    {
        using var sandbox = new ContentSandbox();
        var before = ContentFolderStamp.Of(sandbox.Folder);
        var hash = ContentLoader.HashFolder(sandbox.Folder);
        var text = File.ReadAllText(sandbox.EidPath);
        var swapped = text.Contains("a", StringComparison.Ordinal) ? text.Replace("a", "e", StringComparison.Ordinal) : text + " ";
        File.WriteAllText(sandbox.EidPath, swapped);
        File.SetLastWriteTimeUtc(sandbox.EidPath, DateTime.UtcNow.AddSeconds(1)); // a clock with a coarse grain cannot hide it

        Assert.NotEqual(before, ContentFolderStamp.Of(sandbox.Folder));
        Assert.NotEqual(hash, ContentLoader.HashFolder(sandbox.Folder));
    }

    [Fact]
    public void ANewOrDeletedFlowMovesTheStampButAnUnrelatedFileDoesNot()
    {
        using var sandbox = new ContentSandbox();
        var start = ContentFolderStamp.Of(sandbox.Folder);

        File.WriteAllText(Path.Combine(sandbox.Folder, "NOTES.txt"), "ghi chú của biên tập viên");
        Assert.Equal(start, ContentFolderStamp.Of(sandbox.Folder)); // not content: no reload, no hash

        var added = Path.Combine(Path.GetDirectoryName(sandbox.EidPath)!, "zz-new.yaml");
        File.WriteAllText(added, "id: zz-new\n");
        var withNew = ContentFolderStamp.Of(sandbox.Folder);
        Assert.NotEqual(start, withNew);

        File.Delete(added);
        Assert.Equal(start, ContentFolderStamp.Of(sandbox.Folder));
    }
}
