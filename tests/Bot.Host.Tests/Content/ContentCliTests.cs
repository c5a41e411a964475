using System.Text.Json;
using Bot.Host.Cli;
using Bot.Content.Hosting;

namespace Bot.Host.Tests.Content;

public sealed class ContentCliTests
{
    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ContentVerbs.RunAsync([.. args, "--lang", "en"], output, error, new StringReader("")); // these pin the English wording
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task ValidateShippedContentExitsZero()
    {
        var (code, output, _) = await RunAsync("validate", ContentSandbox.Shipped);

        Assert.Equal(0, code);
        Assert.Contains(": OK, version ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateSaysHowManyFactStepsCiteAnOfficialSource()
    {
        var (_, output, _) = await RunAsync("validate", ContentSandbox.Shipped);
        var (_, jsonOutput, _) = await RunAsync("validate", ContentSandbox.Shipped, "--json");

        var line = Assert.Single(output.Split('\n'), l => l.StartsWith("fact steps and cards citing an official source: ", StringComparison.Ordinal));
        Assert.Matches(@"^fact steps and cards citing an official source: \d+ of \d+ \(\d+ %; goal 90 %\), \d+ on a national site\r?$", line);
        using var json = JsonDocument.Parse(jsonOutput);
        var sources = json.RootElement.GetProperty("sources");
        Assert.True(sources.GetProperty("factItems").GetInt32() > 100); // the shipped flows and cards
        Assert.InRange(sources.GetProperty("official").GetInt32(), sources.GetProperty("national").GetInt32(), sources.GetProperty("factItems").GetInt32());
        Assert.Equal(90, sources.GetProperty("goalPercent").GetInt32());
    }

    [Fact]
    public async Task ValidateBrokenContentPrintsCompilerStyleLinesAndExitsOne()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");

        var (code, output, error) = await RunAsync("validate", sandbox.Folder);

        Assert.Equal(1, code);
        Assert.Matches(@"flows/eid\.yaml:\d+:\d+: error: step 'ask_simm' does not exist in flow 'eid' \(did you mean 'ask_sim'\?\) — ", error);
        Assert.Contains("not publishable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateJsonIsMachineReadable()
    {
        using var sandbox = new ContentSandbox();
        sandbox.ReplaceInEid("    goto: ask_chip", "    gotoo: ask_chip");

        var (code, output, _) = await RunAsync("validate", sandbox.Folder, "--json");

        Assert.Equal(1, code);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("ok").GetBoolean());
        var first = json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .First(d => d.GetProperty("message").GetString()!.Contains("gotoo", StringComparison.Ordinal));
        Assert.Equal("flows/eid.yaml", first.GetProperty("file").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.True(first.GetProperty("line").GetInt32() > 1);
        Assert.Contains("did you mean 'goto'", first.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphDrawsTheFlowInMermaidOrDot()
    {
        var (mermaidCode, mermaid, _) = await RunAsync("graph", "eid", "--content", ContentSandbox.Shipped);
        var (dotCode, dot, _) = await RunAsync("graph", "eid", "--format", "dot", "--content", ContentSandbox.Shipped);

        Assert.Equal(0, mermaidCode);
        Assert.StartsWith("stateDiagram-v2", mermaid, StringComparison.Ordinal);
        Assert.Contains("eid/intro --> eid/ask_chip", mermaid, StringComparison.Ordinal);
        Assert.Equal(0, dotCode);
        Assert.StartsWith("digraph", dot, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphOfAnUnknownFlowSuggestsTheRightOne()
    {
        var (code, _, error) = await RunAsync("graph", "eidd", "--content", ContentSandbox.Shipped);

        Assert.Equal(1, code);
        Assert.Contains("flow 'eidd' does not exist (did you mean 'eid'?)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphAllWritesOnePagePerFlow()
    {
        using var sandbox = new ContentSandbox();
        var docs = Path.Combine(sandbox.Root, "docs");

        var (code, _, _) = await RunAsync("graph", "--all", "--write", docs, "--content", sandbox.Folder);

        Assert.Equal(0, code);
        var page = File.ReadAllText(Path.Combine(docs, "eid.md"));
        Assert.Contains("```mermaid", page, StringComparison.Ordinal);
        Assert.Contains("content graph --all --write docs/dialogs", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestVerbPassesOnShippedContentAndPrintsTheTranscriptOnFailure()
    {
        var (passCode, passOutput, _) = await RunAsync("test", ContentSandbox.Shipped);
        Assert.Equal(0, passCode);
        Assert.Contains(" passed, 0 failed", passOutput, StringComparison.Ordinal);

        using var sandbox = new ContentSandbox();
        File.WriteAllText(Path.Combine(sandbox.Folder, "tests", "broken.yaml"), """
            tests:
              - name: "expects a step that is not there"
                steps:
                  - user: "kich hoat vneid"
                    expect: { at: eid/level3 }
            """);

        var (failCode, _, error) = await RunAsync("test", sandbox.Folder);

        Assert.Equal(1, failCode);
        Assert.Contains("tests/broken.yaml:2:5: FAIL expects a step that is not there — step 1 (user: \"kich hoat vneid\", line 4): expected to be at eid/level3, but is at eid/intro", error, StringComparison.Ordinal);
        Assert.Contains("transcript:", error, StringComparison.Ordinal);
        Assert.Contains("bot: VNeID", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestVerbAcceptsAFolderOfTestFiles()
    {
        var (code, output, _) = await RunAsync("test", Path.Combine(ContentSandbox.Shipped, "tests"));

        Assert.Equal(0, code);
        Assert.Matches(@"[1-9]\d* passed, 0 failed", output);
    }

    [Fact]
    public async Task RollbackListsKeptVersionsAndRestoresOne()
    {
        using var sandbox = new ContentSandbox();
        var store = new ContentVersionStore(sandbox.Versions, 5, TimeProvider.System);
        var original = Bot.Dialogs.Content.ContentLoader.HashFolder(sandbox.Folder);
        store.Save(sandbox.Folder, original);
        sandbox.ReplaceInEid("Bạn cần gì?", "Bạn muốn làm gì?");

        var (listCode, list, _) = await RunAsync("rollback", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var (code, output, _) = await RunAsync("rollback", original, "--yes", "--content", sandbox.Folder, "--versions", sandbox.Versions);
        var (unknownCode, _, unknown) = await RunAsync("rollback", "0123456789ab", "--content", sandbox.Folder, "--versions", sandbox.Versions);

        Assert.Equal(0, listCode);
        Assert.Contains(original, list, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains($"restored version {original}", output, StringComparison.Ordinal);
        Assert.Equal(original, Bot.Dialogs.Content.ContentLoader.HashFolder(sandbox.Folder));
        Assert.Contains("Bạn cần gì?", File.ReadAllText(sandbox.EidPath), StringComparison.Ordinal);
        Assert.Equal(1, unknownCode);
        Assert.Contains("is not kept", unknown, StringComparison.Ordinal);
    }
}
