using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;

namespace Bot.Dialogs.Tools;

/// <summary>Runs every <c>tests/*.yaml</c> of a content folder against that folder's content.</summary>
public static class ConversationTestSuite
{
    /// <summary>Subfolder of the content folder that holds conversation tests.</summary>
    public const string TestsFolder = "tests";

    /// <summary>Loads <paramref name="contentFolder"/> and runs the tests in <paramref name="testsFolder"/> (default: its <c>tests/</c>).</summary>
    /// <returns>Problems that stop tests from running (content or test-file errors), and one result per test.</returns>
    public static (IReadOnlyList<ContentDiagnostic> Problems, IReadOnlyList<ConversationTestResult> Results) Run(
        string contentFolder, string? testsFolder = null)
    {
        var problems = new List<ContentDiagnostic>();
        var (bundle, loaded) = ContentLoader.TryLoad(contentFolder);
        if (bundle is null)
        {
            problems.AddRange(loaded.Where(d => d.Severity == DiagnosticSeverity.Error));
            return (problems, []);
        }

        var engine = new DialogEngine(bundle);
        testsFolder ??= Path.Combine(contentFolder, TestsFolder);
        var results = new List<ConversationTestResult>();
        if (!Directory.Exists(testsFolder))
        {
            return (problems, results);
        }

        foreach (var file in Directory.GetFiles(testsFolder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var shown = Path.GetRelativePath(Path.GetFullPath(contentFolder), file).Replace('\\', '/');
            var fileProblems = new List<ContentDiagnostic>();
            var tests = ConversationTestReader.Read(file, shown, fileProblems);
            problems.AddRange(fileProblems);
            if (fileProblems.Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            results.AddRange(tests.Select(t => ConversationTestRunner.Run(engine, t)));
        }

        return (problems, results);
    }
}
