using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// Messages an elderly resident can read on a phone: at most 60 Vietnamese words per step or card
/// text, card titles of at most 30 characters, and a main menu of at most five short buttons.
/// </summary>
/// <remarks>
/// Words are counted in the Vietnamese text (the English says the same in fewer words). These are
/// errors for flow steps, cards and the menu; the bot's own texts in bot.yaml (help, greetings)
/// only get a warning, since a resident asks for them on purpose.
/// </remarks>
internal static class PlainWordsChecks
{
    private const string SplitFix = "split it into two steps (a button leads on to the second), or say it in fewer words";

    public static void Run(ValidationContext context)
    {
        foreach (var flow in context.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes.Where(n => n.CardId is null))
            {
                CheckWords(context, $"step '{node.Id}'", node.Text, node.Location, error: true);
            }
        }

        foreach (var card in context.Bundle.Cards)
        {
            CheckWords(context, $"the summary of card '{card.Id}'", card.Summary, card.SummaryLocation, error: true);
            foreach (var section in card.Sections)
            {
                CheckWords(context, $"section '{CardSections.Key(section.Kind)}' of card '{card.Id}'", section.Text, section.Location, error: true);
            }

            foreach (var (title, language) in Variants(card.Title).Where(t => t.Text.Length > ContentLimits.MaxCardTitleLength))
            {
                context.Error(card.TitleLocation,
                    $"the title of card '{card.Id}' ({language}) has {title.Length} characters; a title is a button label and may have at most {ContentLimits.MaxCardTitleLength}",
                    "name the procedure in a few words (\"Làm hộ chiếu\"); say more in the summary");
            }
        }

        CheckMenu(context);
        CheckWords(context, "the menu text", context.Bundle.Menu.Text, context.MenuLocation, error: false);
        foreach (var (key, text) in context.Bundle.Texts)
        {
            CheckWords(context, $"the text '{key}'", text, context.LocateKey("bot.yaml", key), error: false);
        }
    }

    private static void CheckMenu(ValidationContext context)
    {
        var menu = context.Bundle.Menu;
        if (menu.Buttons.Count > ContentLimits.MaxMenuButtons)
        {
            context.Error(context.MenuLocation,
                $"the main menu has {menu.Buttons.Count} buttons; at most {ContentLimits.MaxMenuButtons} fit (Zalo OA shows five, and elderly residents read a short list)",
                "group topics under fewer buttons (a topic's first step can offer the choices), or move one into another topic");
        }

        foreach (var button in menu.Buttons)
        {
            foreach (var (label, language) in Variants(button.Label).Where(l => l.Text.Length > ContentLimits.MaxMenuLabelLength))
            {
                context.Error(button.Location,
                    $"the menu button '{button.Key}' ({language}) has {label.Length} characters; main-menu labels may have at most {ContentLimits.MaxMenuLabelLength}",
                    "name the topic in a few words; the topic's first step can say more");
            }
        }
    }

    private static void CheckWords(ValidationContext context, string what, LocalizedText text, SourceLocation at, bool error)
    {
        var words = WordCounter.Count(text.Vi);
        if (words <= ContentLimits.MaxWords)
        {
            return;
        }

        var message = $"{what} has {words} words; a message may have at most {ContentLimits.MaxWords} (about six short lines on a phone)";
        if (error)
        {
            context.Error(at, message, SplitFix);
        }
        else
        {
            context.Warning(at, message, "say it in fewer words");
        }
    }

    private static IEnumerable<(string Text, string Language)> Variants(LocalizedText text)
    {
        yield return (text.Vi, "vi");
        if (text.En is not null)
        {
            yield return (text.En, "en");
        }
    }
}
