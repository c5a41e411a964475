using System.Globalization;
using Bot.Dialogs.Text;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>Reads <c>bot.yaml</c>: the menu, the bot's own texts, command words and routing thresholds.</summary>
internal static class BotFileReader
{
    internal readonly record struct BotFile(
        MenuDefinition Menu,
        IReadOnlyDictionary<string, LocalizedText> Texts,
        IReadOnlyList<string> YesWords,
        IReadOnlyList<string> NoWords,
        IReadOnlyDictionary<string, string> Commands,
        RoutingOptions Routing,
        ChannelRules ChannelRules);

    public static BotFile? Read(string root, string file, string content, List<ContentDiagnostic> diagnostics)
    {
        var reader = YamlReader.ForContentFile(root, file, diagnostics);
        var map = reader.LoadRoot(content);
        if (map is null)
        {
            return null;
        }

        reader.CheckKeys(map, "$schema", "menu", "texts", "yes_words", "no_words", "commands", "routing", "channel_rules");

        MenuDefinition? menu = null;
        if (reader.Get(map, "menu") is YamlMappingNode menuMap)
        {
            reader.CheckKeys(menuMap, "text", "buttons");
            var menuText = reader.Text(menuMap, "text", required: true);
            var buttons = ButtonReader.ReadAll(reader, menuMap, ask: null);
            if (menuText is not null)
            {
                menu = new MenuDefinition(menuText, buttons, reader.At(menuMap));
            }
        }
        else
        {
            reader.Error(map, "missing 'menu'", "add 'menu:' with 'text:' and 'buttons:'");
        }

        var texts = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        if (reader.Get(map, "texts") is YamlMappingNode textMap)
        {
            foreach (var (key, value) in textMap.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (!TextKeys.Required.Contains(name))
                {
                    reader.Warning(key, $"text '{name}' is not used by the bot{DidYouMean.Hint(name, TextKeys.Required)}");
                }

                if (reader.Text(value) is { } localized)
                {
                    texts[name] = localized;
                }
            }
        }

        foreach (var required in TextKeys.Required.Where(k => !texts.ContainsKey(k)))
        {
            reader.Error(map, $"texts: missing '{required}'", $"add '{required}:' under 'texts:' with 'vi:' and 'en:'");
        }

        var commands = new Dictionary<string, string>(StringComparer.Ordinal);
        if (reader.Get(map, "commands") is YamlMappingNode commandMap)
        {
            foreach (var (key, value) in commandMap.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                if (!Engine.Commands.All.Contains(name))
                {
                    reader.Error(key, $"unknown command '{name}'{DidYouMean.Hint(name, Engine.Commands.All)}",
                        "commands: " + string.Join(", ", Engine.Commands.All));
                    continue;
                }

                if (value is not YamlSequenceNode phrases)
                {
                    reader.Error(value, $"'{name}' must be a list of phrases");
                    continue;
                }

                foreach (var phrase in phrases.Children.OfType<YamlScalarNode>())
                {
                    commands[VietnameseText.Fold(phrase.Value ?? "")] = name;
                }
            }
        }

        var routing = new RoutingOptions();
        if (reader.Get(map, "routing") is YamlMappingNode routingMap)
        {
            reader.CheckKeys(routingMap, "confident", "margin", "minimum", "unknown_word_weight", "max_choices");
            routing = new RoutingOptions
            {
                Confident = Number(reader, routingMap, "confident") ?? routing.Confident,
                Margin = Number(reader, routingMap, "margin") ?? routing.Margin,
                Minimum = Number(reader, routingMap, "minimum") ?? routing.Minimum,
                UnknownWordWeight = reader.String(routingMap, "unknown_word_weight") is "auto" or null
                    ? null
                    : Number(reader, routingMap, "unknown_word_weight"),
                MaxChoices = reader.Int(routingMap, "max_choices") ?? routing.MaxChoices,
            };
        }

        var channelRules = ReadChannelRules(reader, map);
        var yes = reader.Strings(map, "yes_words").Select(w => VietnameseText.Fold(w)).ToList();
        var no = reader.Strings(map, "no_words").Select(w => VietnameseText.Fold(w)).ToList();
        return menu is null ? null : new BotFile(menu, texts, yes, no, commands, routing, channelRules);
    }

    /// <summary>
    /// <c>channel_rules: { web: { hide: ["s:"] } }</c>. Only plug-in payload prefixes may be hidden: hiding
    /// content, menu or command buttons (b:, c:, f:) would leave residents with no way on.
    /// </summary>
    private static ChannelRules ReadChannelRules(YamlReader reader, YamlMappingNode map)
    {
        if (reader.Get(map, "channel_rules") is not YamlMappingNode rules)
        {
            return ChannelRules.None;
        }

        var hidden = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in rules.Children)
        {
            var channel = ((YamlScalarNode)key).Value ?? "";
            if (!ChannelRules.KnownChannels.Contains(channel))
            {
                reader.Error(key, $"unknown channel '{channel}'{DidYouMean.Hint(channel, ChannelRules.KnownChannels)}",
                    "channels: " + string.Join(", ", ChannelRules.KnownChannels));
                continue;
            }

            if (value is not YamlMappingNode rule)
            {
                reader.Error(value, $"'{channel}' must have 'hide:' with a list of payload prefixes, e.g. hide: [\"s:\"]");
                continue;
            }

            reader.CheckKeys(rule, "hide");
            var prefixes = new List<string>();
            foreach (var prefix in reader.Strings(rule, "hide"))
            {
                if (prefix.Length < 2 || prefix[1] != ':' || !Payloads.IsPlugIn(prefix.Length == 2 ? prefix + "x" : prefix))
                {
                    reader.Error(reader.Get(rule, "hide")!, $"'{prefix}' cannot be hidden",
                        "hide only plug-in payload prefixes such as \"s:\"; hiding content, menu or command buttons (b:, c:, f:) would leave residents stuck");
                    continue;
                }

                prefixes.Add(prefix);
            }

            hidden[channel] = prefixes;
        }

        return new ChannelRules(hidden);
    }

    private static double? Number(YamlReader reader, YamlMappingNode map, string key)
    {
        var text = reader.String(map, key);
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reader.Error(reader.Get(map, key)!, $"'{key}' must be a number like 0.5");
        return null;
    }
}
