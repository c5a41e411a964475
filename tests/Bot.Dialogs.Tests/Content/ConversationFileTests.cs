using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Tests.Content;

/// <summary>
/// Plays every editor-written conversation test in content/tests/*.yaml against the real engine
/// (format: tests → name, locale, steps of user / press / payload with expect: at, contains,
/// not_contains, buttons), so a content change that breaks a promised conversation fails here.
/// </summary>
public sealed class ConversationFileTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RealContent.Folder, "tests"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryConversationInTheFilePlaysAsWritten(string file)
    {
        var stream = new YamlStream();
        using (var reader = File.OpenText(Path.Combine(RealContent.Folder, "tests", file)))
        {
            stream.Load(reader);
        }

        var tests = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("tests")];
        var failures = new List<string>();
        foreach (var test in tests.Children.Cast<YamlMappingNode>())
        {
            if (Play(test) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(tests.Children.Count > 0, file + " has no tests");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string? Play(YamlMappingNode test)
    {
        var name = Scalar(test, "name") ?? "(unnamed)";
        var chat = new Chat(RealContent.Engine);
        if (Scalar(test, "locale") == "en")
        {
            chat.Send("c:lang_en");
        }

        var steps = (YamlSequenceNode)test.Children[new YamlScalarNode("steps")];
        var number = 0;
        foreach (var step in steps.Children.Cast<YamlMappingNode>())
        {
            number++;
            var kinds = new[] { "user", "press", "payload" }.Where(k => step.Children.ContainsKey(new YamlScalarNode(k))).ToList();
            if (kinds.Count != 1)
            {
                return $"\"{name}\" step {number}: needs exactly one of user / press / payload";
            }

            try
            {
                _ = kinds[0] switch
                {
                    "user" => chat.Type(Scalar(step, "user")!),
                    "press" => chat.Press(Scalar(step, "press")!),
                    _ => chat.Send(Scalar(step, "payload")!),
                };
            }
            catch (InvalidOperationException ex)
            {
                return $"\"{name}\" step {number}: {ex.Message}";
            }

            if (step.Children.TryGetValue(new YamlScalarNode("expect"), out var node) && Check((YamlMappingNode)node, chat) is { } problem)
            {
                return $"\"{name}\" step {number}: {problem}\n{chat.Transcript}";
            }
        }

        return null;
    }

    private static string? Check(YamlMappingNode expect, Chat chat)
    {
        var problems = new List<string>();
        if (Scalar(expect, "at") is { } at && chat.At != at)
        {
            problems.Add($"expected at {at}, is at {chat.At}");
        }

        problems.AddRange(List(expect, "contains")
            .Where(t => !chat.LastReplies.Any(r => r.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(t => $"no reply contains \"{t}\""));
        problems.AddRange(List(expect, "not_contains")
            .Where(t => chat.LastReplies.Any(r => r.Text.Contains(t, StringComparison.OrdinalIgnoreCase)))
            .Select(t => $"a reply contains \"{t}\""));
        problems.AddRange(List(expect, "buttons")
            .Where(l => chat.LastButtons.All(b => b.Label != l))
            .Select(l => $"no button \"{l}\""));
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;

    private static IEnumerable<string> List(YamlMappingNode map, string key) =>
        !map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? []
        : node is YamlSequenceNode list ? list.Children.Cast<YamlScalarNode>().Select(n => n.Value ?? "")
        : [((YamlScalarNode)node).Value ?? ""];
}
