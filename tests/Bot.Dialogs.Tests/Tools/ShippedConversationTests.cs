using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>Runs every editor-written conversation test in content/tests against the shipped content.</summary>
public sealed class ShippedConversationTests
{
    private static readonly Lazy<DialogEngine> Engine = new(() => new DialogEngine(ContentLoader.Load(DraftContent.Shipped)));

    public static TheoryData<string, string> Tests()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Path.Combine(DraftContent.Shipped, ConversationTestSuite.TestsFolder), "*.yaml").Order(StringComparer.Ordinal))
        {
            var problems = new List<ContentDiagnostic>();
            foreach (var test in ConversationTestReader.Read(file, Path.GetFileName(file), problems))
            {
                data.Add(Path.GetFileName(file), test.Name);
            }
        }

        return data;
    }

    [Fact]
    public void EveryTestFileReadsWithoutProblems()
    {
        var files = Directory.GetFiles(Path.Combine(DraftContent.Shipped, ConversationTestSuite.TestsFolder), "*.yaml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var problems = new List<ContentDiagnostic>();
            var tests = ConversationTestReader.Read(file, "tests/" + Path.GetFileName(file), problems);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
            Assert.NotEmpty(tests);
        }
    }

    [Theory]
    [MemberData(nameof(Tests))]
    public void ConversationTestPasses(string file, string name)
    {
        var problems = new List<ContentDiagnostic>();
        var test = ConversationTestReader.Read(Path.Combine(DraftContent.Shipped, ConversationTestSuite.TestsFolder, file), "tests/" + file, problems)
            .Single(t => t.Name == name);

        var result = ConversationTestRunner.Run(Engine.Value, test);

        Assert.True(result.Passed, result.Describe());
    }
}
