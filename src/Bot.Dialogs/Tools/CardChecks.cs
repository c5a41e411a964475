using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>What the agreed card format asks beyond words and sources: enough example phrases, an English title.</summary>
/// <remarks>
/// Structure (keys, ids, topic, sections) is checked when the card is loaded; the words by
/// <see cref="PlainWordsChecks"/>, the sources and review by <see cref="FactChecks"/>, links by
/// <see cref="LinkChecks"/>, and missing English of the texts by <see cref="TextChecks"/>.
/// </remarks>
internal static class CardChecks
{
    public static void Run(ValidationContext context)
    {
        foreach (var card in context.Bundle.Cards)
        {
            if (card.Examples.Count < ContentLimits.MinCardExamples)
            {
                context.Warning(card.Location,
                    $"card '{card.Id}' has {card.Examples.Count} example phrases; residents find a card by typing, so give it at least {ContentLimits.MinCardExamples}",
                    "add the ways residents ask, with and without diacritics and in short forms (\"lam ho chieu\", \"cap ho chieu online\")");
            }

            if (card.Title.En is null)
            {
                context.Warning(card.TitleLocation, $"the title of card '{card.Id}' has no English text",
                    "add 'en:' next to 'vi:' (English readers see the Vietnamese title until then)");
            }

            if (context.Bundle.FindFlow(card.Topic) is { Routable: false })
            {
                context.Warning(card.Location, $"card '{card.Id}' belongs to flow '{card.Topic}', which residents cannot reach by typing",
                    "put the card in a topic residents use (eid, services, welfare)");
            }
        }
    }
}
