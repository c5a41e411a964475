using Bot.Dialogs.Content;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Tools;

/// <summary>Reads a <c>content/tests/*.yaml</c> file (format in content/README.md).</summary>
public static class ConversationTestReader
{
    private static readonly string[] StepKeys = ["user", "press", "payload", "expect"];

    /// <summary>The tests in <paramref name="path"/>; problems go to <paramref name="diagnostics"/> with line numbers.</summary>
    /// <param name="displayName">How the file is named in findings (e.g. "tests/eid.yaml").</param>
    public static IReadOnlyList<ConversationTest> Read(string path, string displayName, List<ContentDiagnostic> diagnostics)
    {
        var reader = new YamlReader(displayName, diagnostics);
        var tests = new List<ConversationTest>();
        using var text = File.OpenText(path);
        if (reader.LoadRoot(text) is not { } map)
        {
            return tests;
        }

        reader.CheckKeys(map, "$schema", "tests");
        foreach (var item in reader.Items(map, "tests"))
        {
            if (item is not YamlMappingNode testMap)
            {
                reader.Error(item, "each test needs 'name:' and 'steps:'");
                continue;
            }

            reader.CheckKeys(testMap, "name", "locale", "steps");
            var name = reader.String(testMap, "name", required: true);
            var locale = reader.String(testMap, "locale") ?? "vi";
            if (locale is not ("vi" or "en"))
            {
                reader.Error(reader.Get(testMap, "locale")!, $"locale '{locale}' is not supported", "use vi or en");
            }

            var steps = reader.Items(testMap, "steps").Select(s => ReadStep(reader, s)).OfType<ConversationStep>().ToList();
            if (steps.Count == 0)
            {
                reader.Error(testMap, "the test has no steps", "add 'steps:' with '- user: …' lines");
            }

            if (name is not null)
            {
                tests.Add(new ConversationTest(name, locale, steps, reader.At(testMap)));
            }
        }

        return tests;
    }

    private static ConversationStep? ReadStep(YamlReader reader, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "each step is 'user: …', 'press: …' or 'payload: …', optionally with 'expect:'");
            return null;
        }

        reader.CheckKeys(map, StepKeys);
        var sends = new (StepKind Kind, string? Value)[]
        {
            (StepKind.User, reader.String(map, "user")),
            (StepKind.Press, reader.String(map, "press")),
            (StepKind.Payload, reader.String(map, "payload")),
        }.Where(s => s.Value is not null).ToList();
        if (sends.Count != 1)
        {
            reader.Error(map, sends.Count == 0 ? "the step sends nothing" : "the step sends more than one thing",
                "write exactly one of 'user:', 'press:' or 'payload:'");
            return null;
        }

        StepExpectation? expect = null;
        if (reader.Get(map, "expect") is { } expectNode)
        {
            if (expectNode is YamlMappingNode expectMap)
            {
                reader.CheckKeys(expectMap, "at", "contains", "not_contains", "buttons");
                expect = new StepExpectation(
                    reader.String(expectMap, "at"),
                    reader.Strings(expectMap, "contains"),
                    reader.Strings(expectMap, "not_contains"),
                    reader.Strings(expectMap, "buttons"));
            }
            else
            {
                reader.Error(expectNode, "'expect' must be a mapping such as '{ at: eid/intro, contains: \"mức 2\" }'");
            }
        }

        return new ConversationStep(sends[0].Kind, sends[0].Value!, expect, reader.At(map));
    }
}
