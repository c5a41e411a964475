using System.Globalization;
using Bot.Dialogs.Content;

namespace Bot.Operations.Dashboard;

/// <summary>The procedure cards of the content in force, for the dashboard's read-only list.</summary>
public static class CardList
{
    /// <summary>One entry per card, by topic then title (Vietnamese order).</summary>
    public static IReadOnlyList<CardEntry> Build(ContentBundle content)
    {
        var vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
        return content.Cards
            .Select(c => new CardEntry(
                c.Id,
                c.Topic,
                c.Title.Vi,
                c.Reviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                content.AnyOfficial(c.Sources),
                c.Sources.Count,
                c.Location.File))
            .OrderBy(c => c.Topic, StringComparer.Ordinal)
            .ThenBy(c => c.Title, vietnamese)
            .ToList();
    }
}
