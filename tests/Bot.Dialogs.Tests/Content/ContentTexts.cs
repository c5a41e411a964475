using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tests.Content;

/// <summary>Every resident-facing text in a bundle, named by where it lives.</summary>
internal static class ContentTexts
{
    public static IEnumerable<(string Where, string Locale, string Text)> All(ContentBundle bundle)
    {
        foreach (var (where, text) in Localized(bundle))
        {
            yield return (where, "vi", text.Vi);
            if (text.En is not null)
            {
                yield return (where, "en", text.En);
            }
        }
    }

    public static IEnumerable<(string Where, LocalizedText Text)> Localized(ContentBundle bundle)
    {
        yield return ("bot.yaml menu", bundle.Menu.Text);
        foreach (var button in bundle.Menu.Buttons)
        {
            yield return ("bot.yaml menu button", button.Label);
        }

        foreach (var (key, text) in bundle.Texts)
        {
            yield return ("bot.yaml texts." + key, text);
        }

        foreach (var flow in bundle.Flows.Values)
        {
            yield return ($"{flow.Id} title", flow.Title);
            foreach (var node in flow.Nodes)
            {
                yield return ($"{flow.Id}/{node.Id}", node.Text);
                foreach (var button in node.Buttons)
                {
                    yield return ($"{flow.Id}/{node.Id} button {button.Key}", button.Label);
                }
            }
        }
    }
}
