using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Host.Tests.Content;

/// <summary>
/// Every kind of broken save an editor (or a failing disk) can produce is an "edit refused": the
/// running version stays, residents keep getting answers, and the error names the file and line.
/// </summary>
public sealed partial class BrokenSaveTests
{
    [GeneratedRegex(@"^flows/(eid|ghost)\.yaml:\d+:\d+: error: ")]
    private static partial Regex FileLineError();

    /// <summary>The broken saves, by name, each applied to a sandbox's eid.yaml (or beside it).</summary>
    public static TheoryData<string> Kinds() =>
    [
        "bracket prepended", "tab indentation", "empty file", "binary junk", "truncated", "invalid UTF-8",
        "control character", "huge file", "deeply nested", "file gone while read",
    ];

    internal static void Break(ContentSandbox sandbox, string kind)
    {
        var eid = sandbox.EidPath;
        var original = File.ReadAllBytes(eid);
        switch (kind)
        {
            case "bracket prepended": // YamlDotNet's scanner throws InvalidOperationException here, not a YamlException
                File.WriteAllBytes(eid, [.. "zz: ["u8, (byte)'\n', .. original]);
                break;
            case "tab indentation":
                File.WriteAllText(eid, File.ReadAllText(eid).Replace("\n  - id: ", "\n\t- id: ", StringComparison.Ordinal));
                break;
            case "empty file":
                File.WriteAllBytes(eid, []);
                break;
            case "binary junk":
                var junk = new byte[4096];
                new Random(16).NextBytes(junk);
                File.WriteAllBytes(eid, junk);
                break;
            case "truncated": // a save cut off half-way (disk full, a copy interrupted)
                File.WriteAllBytes(eid, original[..(original.Length * 3 / 5)]);
                break;
            case "invalid UTF-8": // a Latin-1 editor saved one line
                File.WriteAllBytes(eid, Replace(original, "Bạn cần gì?"u8.ToArray(), [0x42, 0xE1, 0xBA, 0x28, 0x6E]));
                break;
            case "control character":
                File.WriteAllBytes(eid, Replace(original, "Bạn cần gì?"u8.ToArray(), [.. "Bạn"u8, 0x00, .. " cần gì?"u8]));
                break;
            case "huge file": // 2 MB: larger than any dialog script should be
                File.AppendAllText(eid, string.Concat(Enumerable.Repeat("# " + new string('x', 98) + "\n", 20_000)));
                break;
            case "deeply nested": // would overflow the YAML library's recursion and end the process if it reached it
                File.WriteAllText(eid, "id: eid\nnodes: " + new string('[', 100_000) + "\n");
                break;
            case "file gone while read": // listed, then gone before it was read: a dangling link behaves exactly so
                File.CreateSymbolicLink(Path.Combine(sandbox.Folder, "flows", "ghost.yaml"), Path.Combine(sandbox.Root, "deleted.yaml"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task BrokenSaveIsRefusedResidentsKeepTheLastGoodVersionAndTheErrorNamesTheLine(string kind)
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var good = bot.Version;
        Break(sandbox, kind);

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
        Break(sandbox, "invalid UTF-8");

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
        Break(sandbox, "bracket prepended");

        var (bundle, diagnostics) = ContentLoader.TryLoad(sandbox.Folder);

        Assert.Null(bundle);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.ToString().StartsWith("flows/eid.yaml:", StringComparison.Ordinal)
            && d.Message.Contains("not valid YAML", StringComparison.Ordinal));
    }

    private static byte[] Replace(byte[] bytes, byte[] find, byte[] with)
    {
        var at = bytes.AsSpan().IndexOf(find);
        if (at < 0)
        {
            throw new InvalidOperationException("the shipped eid.yaml no longer has the text this test breaks");
        }

        return [.. bytes[..at], .. with, .. bytes[(at + find.Length)..]];
    }
}
