namespace Bot.Content.Hosting.Tests;

/// <summary>The diff shown before a rollback is a real unified diff: `git apply` takes it and gets the other version.</summary>
public sealed class UnifiedDiffTests
{
    [Fact]
    public void OneChangedLineShowsWithThreeLinesOfContextAndItsLineNumbers()
    {
        var before = string.Join("", Enumerable.Range(1, 20).Select(i => $"line {i}\n"));
        var after = before.Replace("line 10\n", "dòng mười\n", StringComparison.Ordinal);

        var diff = UnifiedDiff.Of("flows/eid.yaml", before, after);

        Assert.Equal("""
            --- a/flows/eid.yaml
            +++ b/flows/eid.yaml
            @@ -7,7 +7,7 @@
             line 7
             line 8
             line 9
            -line 10
            +dòng mười
             line 11
             line 12
             line 13

            """.Replace("\r\n", "\n", StringComparison.Ordinal), diff);
    }

    [Fact]
    public void EqualTextsHaveNoDiff() => Assert.Equal("", UnifiedDiff.Of("bot.yaml", "a\nb\n", "a\nb\n"));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task GitAppliesTheDiffToTheOldFileAndGetsTheNewOne(int seed)
    {
        var random = new Random(seed);
        var lines = File.ReadAllLines(Path.Combine(ContentSandbox.Shipped, "flows", "eid.yaml")).ToList();
        var edited = new List<string>(lines);
        for (var edit = 0; edit < 1 + random.Next(12); edit++)
        {
            var at = random.Next(edited.Count);
            switch (random.Next(3))
            {
                case 0: edited.RemoveAt(at); break;
                case 1: edited.Insert(at, "    # thêm " + random.Next(1000)); break;
                default: edited[at] = edited[at] + " (đã sửa)"; break;
            }
        }

        var folder = Path.Combine(Path.GetTempPath(), "bot-diff-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(Path.Combine(folder, "flows"));
        try
        {
            var file = Path.Combine(folder, "flows", "eid.yaml");
            var before = string.Join("\n", lines) + "\n";
            var after = string.Join("\n", edited) + "\n";
            File.WriteAllText(file, before);
            File.WriteAllText(Path.Combine(folder, "change.diff"), UnifiedDiff.Of("flows/eid.yaml", before, after));

            var (exit, output) = await RunAsync(folder, "git", "apply", "change.diff");

            Assert.True(exit == 0, output);
            Assert.Equal(after, File.ReadAllText(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Exit, string Output)> RunAsync(string folder, string program, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }
}
