using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>Reads the <c>buttons</c> list of a node or the menu.</summary>
internal static class ButtonReader
{
    private static readonly string[] Keys = ["id", "label", "goto", "flow", "url", "action", "answer", "next", "payload"];

    public static IReadOnlyList<ButtonDefinition> ReadAll(YamlReader reader, YamlMappingNode owner, string? ask)
    {
        var buttons = new List<ButtonDefinition>();
        foreach (var item in reader.Items(owner, "buttons"))
        {
            if (item is not YamlMappingNode map)
            {
                reader.Error(item, "a button must have 'label:' and a target such as 'goto:'");
                continue;
            }

            if (Read(reader, map, ask) is not { } button)
            {
                continue;
            }

            if (buttons.Any(b => b.Key == button.Key))
            {
                reader.Error(map, $"two buttons of this step have the key '{button.Key}'",
                    "give one of them its own 'id:'");
                continue;
            }

            buttons.Add(button);
        }

        return buttons;
    }

    private static ButtonDefinition? Read(YamlReader reader, YamlMappingNode map, string? ask)
    {
        reader.CheckKeys(map, Keys);
        var label = reader.Text(map, "label", required: true);
        var id = reader.String(map, "id");
        var goTo = reader.String(map, "goto");
        var flow = reader.String(map, "flow");
        var url = reader.String(map, "url");
        var actionText = reader.String(map, "action");
        var answer = reader.String(map, "answer");
        var payload = reader.String(map, "payload");
        var next = ReadRules(reader, map);

        var action = ButtonAction.None;
        if (actionText is not null && !Enum.TryParse(actionText, ignoreCase: true, out action))
        {
            reader.Error(reader.Get(map, "action")!, $"unknown action '{actionText}'", "use back, menu or restart");
        }

        var targets = new[] { goTo is not null, flow is not null, url is not null, actionText is not null, next.Count > 0, payload is not null }.Count(t => t);
        if (targets > 1 || (targets == 0 && !reader.Misspelt(map, "goto", "flow", "url", "action", "next", "payload")))
        {
            reader.Error(map, targets == 0 ? "this button leads nowhere" : "this button has more than one target",
                "give it exactly one of: goto, flow, url, action, next, payload");
        }

        if (payload is not null && !Payloads.IsPlugIn(payload))
        {
            reader.Error(reader.Get(map, "payload")!, $"'{payload}' is not a plug-in payload",
                "write a letter, ':' and up to 60 letters, digits or _ . : - (e.g. s:start); for steps and flows use goto or flow");
        }

        if (answer is not null && ask is null)
        {
            reader.Error(reader.Get(map, "answer")!, "'answer' needs a question", "add 'ask: <key>' to the step");
        }

        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            reader.Error(reader.Get(map, "url")!, $"'{url}' is not a web address", "write it in full, starting with https://");
        }

        if (label is null)
        {
            return null;
        }

        var key = id ?? answer ?? goTo ?? flow?.Replace('.', '_') ?? actionText
            ?? (url is not null ? "link" : payload is not null ? "plugin" : "next");
        return new ButtonDefinition
        {
            Key = key,
            Label = label,
            Goto = goTo,
            Flow = flow,
            Url = url,
            Action = action,
            Answer = answer,
            Next = next,
            PlugInPayload = payload,
            Location = reader.At(map),
        };
    }

    private static IReadOnlyList<BranchRule> ReadRules(YamlReader reader, YamlMappingNode map)
    {
        var rules = new List<BranchRule>();
        foreach (var item in reader.Items(map, "next"))
        {
            if (item is not YamlMappingNode rule)
            {
                reader.Error(item, "each rule of 'next' needs 'goto:' (and 'if:' for all but the last)");
                continue;
            }

            reader.CheckKeys(rule, "if", "goto");
            var target = reader.String(rule, "goto", required: true);
            if (target is not null)
            {
                rules.Add(new BranchRule(reader.String(rule, "if"), target, reader.At(rule)));
            }
        }

        if (rules.Count > 0 && rules[^1].If is not null)
        {
            reader.Error(map, "the last rule of 'next' must have no 'if'", "add a final '- goto: <step>' for every other case");
        }

        for (var i = 0; i < rules.Count - 1; i++)
        {
            if (rules[i].If is null)
            {
                reader.Error(rules[i].Location, "only the last rule of 'next' may have no 'if'",
                    "add 'if: <guard>' here, or move this rule to the end");
            }
        }

        return rules;
    }
}
