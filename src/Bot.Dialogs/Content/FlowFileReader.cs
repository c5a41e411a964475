using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>Reads one <c>flows/*.yaml</c> file into a <see cref="FlowDefinition"/>.</summary>
internal static class FlowFileReader
{
    private static readonly string[] FlowKeys =
        ["$schema", "id", "version", "title", "examples", "start", "guards", "nodes", "routable"];

    private static readonly string[] NodeKeys =
        ["id", "text", "buttons", "ask", "input", "source", "sources", "reviewed", "checked_against", "fact", "examples", "nav", "commune_contact"];

    public static FlowDefinition? Read(string root, string file, string content, List<ContentDiagnostic> diagnostics)
    {
        var reader = YamlReader.ForContentFile(root, file, diagnostics);
        var map = reader.LoadRoot(content);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, FlowKeys);
        var id = reader.String(map, "id", required: true);
        var title = reader.Text(map, "title", required: true);
        var start = reader.String(map, "start", required: true);
        if (id is not null && !ContentLoader.IsValidId(id))
        {
            reader.Error(reader.Get(map, "id")!, $"flow id '{id}' is not allowed",
                "use 1–24 lower-case letters, digits or '_' (it goes into button payloads)");
        }

        var guards = ReadGuards(reader, map);
        var nodes = new List<NodeDefinition>();
        foreach (var item in reader.Items(map, "nodes"))
        {
            if (item is not YamlMappingNode nodeMap)
            {
                reader.Error(item, "each step under 'nodes' needs 'id:' and 'text:'");
                continue;
            }

            if (ReadNode(reader, nodeMap) is not { } node)
            {
                continue;
            }

            if (nodes.Any(n => n.Id == node.Id))
            {
                reader.Error(nodeMap, $"step id '{node.Id}' is used twice in this flow", "give each step its own id");
                continue;
            }

            nodes.Add(node);
        }

        if (nodes.Count == 0)
        {
            reader.Error(map, "the flow has no steps", "add at least one step under 'nodes:'");
        }

        if (id is null || title is null || start is null)
        {
            return null;
        }

        return new FlowDefinition
        {
            Id = id,
            Title = title,
            Start = start,
            Version = reader.Int(map, "version") ?? 1,
            Examples = reader.Strings(map, "examples"),
            Guards = guards,
            Nodes = nodes,
            Routable = reader.Bool(map, "routable") ?? true,
            Location = reader.At(map),
        };
    }

    private static NodeDefinition? ReadNode(YamlReader reader, YamlMappingNode map)
    {
        reader.CheckKeys(map, NodeKeys);
        var id = reader.String(map, "id", required: true);
        var text = reader.Text(map, "text", required: true);
        if (id is not null && !ContentLoader.IsValidId(id))
        {
            reader.Error(reader.Get(map, "id")!, $"step id '{id}' is not allowed",
                "use 1–24 lower-case letters, digits or '_'");
        }

        var ask = reader.String(map, "ask");
        var sources = reader.Strings(map, "source").Concat(reader.Strings(map, "sources")).ToList();
        reader.CheckSources(sources, map);
        var buttons = ButtonReader.ReadAll(reader, map, ask);
        if (id is null || text is null)
        {
            return null;
        }

        return new NodeDefinition
        {
            Id = id,
            Text = text,
            Buttons = buttons,
            Ask = ask,
            Input = reader.String(map, "input"),
            Sources = sources,
            Reviewed = reader.Date(map, "reviewed"),
            CheckedAgainst = reader.OptionalString(map, "checked_against"),
            CommuneContact = reader.Bool(map, "commune_contact") ?? false,
            IsFact = reader.Bool(map, "fact") ?? true,
            Examples = reader.Strings(map, "examples"),
            ShowNavigation = reader.Bool(map, "nav") ?? true,
            Location = reader.At(map),
        };
    }

    private static Dictionary<string, GuardDefinition> ReadGuards(YamlReader reader, YamlMappingNode map)
    {
        var guards = new Dictionary<string, GuardDefinition>(StringComparer.Ordinal);
        if (reader.Get(map, "guards") is not { } node)
        {
            return guards;
        }

        if (node is not YamlMappingNode guardMap)
        {
            reader.Error(node, "'guards' must be a mapping of name → condition");
            return guards;
        }

        foreach (var (key, value) in guardMap.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (ReadGuard(reader, name, value) is { } guard)
            {
                guards[name] = guard;
            }
        }

        return guards;
    }

    private static GuardDefinition? ReadGuard(YamlReader reader, string name, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, $"guard '{name}' must be a condition such as '{{ answer: chip_card, is: \"yes\" }}'");
            return null;
        }

        reader.CheckKeys(map, "answer", "is", "is_not", "all", "any", "description");
        var all = reader.Items(map, "all").Select((n, i) => ReadGuard(reader, $"{name}[{i}]", n)).OfType<GuardDefinition>().ToList();
        var any = reader.Items(map, "any").Select((n, i) => ReadGuard(reader, $"{name}[{i}]", n)).OfType<GuardDefinition>().ToList();
        var answer = reader.String(map, "answer");
        var isValue = reader.String(map, "is");
        var isNot = reader.String(map, "is_not");
        var leaf = answer is not null && (isValue is not null || isNot is not null);
        if (!leaf && all.Count == 0 && any.Count == 0)
        {
            reader.Error(map, $"guard '{name}' has no condition", "write 'answer: <key>' with 'is:' or 'is_not:', or 'all:'/'any:' lists");
            return null;
        }

        var description = reader.String(map, "description") ??
            (leaf ? $"{answer} {(isValue is not null ? "=" : "≠")} {isValue ?? isNot}" : name);
        return new GuardDefinition
        {
            Name = name,
            Answer = answer,
            Is = isValue,
            IsNot = isNot,
            All = all,
            Any = any,
            Description = description,
            Location = reader.At(map),
        };
    }
}
