using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Understanding;

/// <summary>Reads <c>understanding.yaml</c> (optional) into <see cref="UnderstandingContent"/>.</summary>
public static class UnderstandingFileReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "understanding.yaml";

    /// <summary>Reads the file when it exists; problems go to <paramref name="diagnostics"/>.</summary>
    public static UnderstandingContent Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var file = Path.Combine(root, FileName);
        if (!File.Exists(file))
        {
            return UnderstandingContent.Empty;
        }

        var reader = new YamlReader(FileName, diagnostics);
        using var text = File.OpenText(file);
        if (reader.LoadRoot(text) is not { } map)
        {
            return UnderstandingContent.Empty;
        }

        reader.CheckKeys(map, "$schema", "out_of_scope", "navigation", "victim_story", "topic_names");
        var navigation = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (reader.Get(map, "navigation") is YamlMappingNode commands)
        {
            foreach (var (key, _) in commands.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (name == Commands.Forget || !Commands.All.Contains(name))
                {
                    // Erasing data must be asked for in so many words (bot.yaml commands), never guessed.
                    reader.Error(key, $"'{name}' cannot be given example phrasings",
                        "navigation: " + string.Join(", ", Commands.All.Where(c => c != Commands.Forget)));
                    continue;
                }

                navigation[name] = reader.Strings(commands, name);
            }
        }

        IReadOnlyList<string> outOfScope = [];
        LocalizedText? reply = null;
        if (reader.Get(map, "out_of_scope") is YamlMappingNode oos)
        {
            reader.CheckKeys(oos, "reply", "examples");
            outOfScope = reader.Strings(oos, "examples");
            reply = reader.Text(oos, "reply", required: false);
        }

        VictimStoryCues? victimStory = null;
        if (reader.Get(map, "victim_story") is YamlMappingNode story)
        {
            reader.CheckKeys(story, "flow", "someone", "harm", "lost");
            var flow = reader.String(story, "flow", required: true);
            var someone = reader.Strings(story, "someone");
            var harm = reader.Strings(story, "harm");
            var lost = reader.Get(story, "lost") is null ? [] : reader.Strings(story, "lost");
            if (flow is not null && someone.Count > 0 && harm.Count > 0)
            {
                victimStory = VictimStoryCues.Folded(flow, someone, harm, lost);
            }
            else if (flow is not null)
            {
                reader.Error(story, "victim_story needs phrases under both 'someone' and 'harm'", "add a few of each, as residents tell it");
            }
        }

        TopicNames? topicNames = null;
        if (reader.Get(map, "topic_names") is YamlMappingNode named)
        {
            var flows = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var (key, _) in named.Children)
            {
                var flow = ((YamlScalarNode)key).Value ?? "";
                var names = reader.Strings(named, flow);
                if (names.Count == 0)
                {
                    // A topic listed with no words would be "known but never named", so every message would be moved
                    // away from it: refuse it instead.
                    reader.Error(key, $"topic_names: '{flow}' lists no words", "list the words residents use to name this topic, or remove the line");
                    continue;
                }

                flows[flow] = names;
            }

            topicNames = TopicNames.Folded(flows);
        }

        return new UnderstandingContent
        {
            Navigation = navigation,
            OutOfScope = outOfScope,
            OutOfScopeReply = reply,
            VictimStory = victimStory,
            TopicNames = topicNames,
        };
    }
}
