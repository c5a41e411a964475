using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// Steps and cards that state facts cite a source (an error without one), preferably an official
/// one (a warning when none is), and say when a person last checked them and against what.
/// </summary>
/// <remarks>
/// Official sites are the <c>official:</c> list of allowed-links.yaml (vbpl.vn, chinhphu.vn,
/// dichvucong.gov.vn, bocongan.gov.vn, … and *.gov.vn); law-library companies and the press count
/// only in addition. A review older than 12 months is an error: the facts may have changed.
/// </remarks>
internal static class FactChecks
{
    public static void Run(ValidationContext context, DateOnly today)
    {
        foreach (var flow in context.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes.Where(n => n.IsFact && n.CardId is null))
            {
                Check(context, today, new Facts($"step '{node.Id}'", node.Sources, node.Reviewed, node.CheckedAgainst, node.Location, IsCard: false));
            }
        }

        foreach (var card in context.Bundle.Cards)
        {
            Check(context, today, new Facts($"card '{card.Id}'", card.Sources, card.Reviewed, card.CheckedAgainst, card.Location, IsCard: true));
        }
    }

    private readonly record struct Facts(
        string What, IReadOnlyList<string> Sources, DateOnly? Reviewed, string? CheckedAgainst, SourceLocation At, bool IsCard);

    private static void Check(ValidationContext context, DateOnly today, Facts facts)
    {
        var (what, sources, reviewed, checkedAgainst, at, isCard) = facts;
        if (sources.Count == 0)
        {
            context.Error(at, $"{what} states facts but names no source",
                isCard
                    ? "add 'source:' with the official page the facts come from (vbpl.vn, chinhphu.vn, dichvucong.gov.vn …)"
                    : "add 'source: https://…' (the official page the facts come from), or 'fact: false' if it only asks or guides");
        }
        else if (!context.Bundle.AnyOfficial(sources))
        {
            var hosts = string.Join(", ", sources.Select(Host).Distinct(StringComparer.Ordinal));
            context.Warning(at, $"{what} cites no official source ({hosts})",
                $"add the official page (vbpl.vn, chinhphu.vn, dichvucong.gov.vn, bocongan.gov.vn, a province portal …: the 'official:' list in {ContentValidator.AllowedLinksFile}); keep press pages only in addition");
        }

        if (reviewed is not { } date)
        {
            if (sources.Count > 0)
            {
                context.Warning(at, $"{what} has no 'reviewed' date",
                    "after checking the facts against the source text, add 'reviewed: YYYY-MM-DD' and 'checked_against:'");
            }
        }
        else if (date < today.AddMonths(-ContentLimits.ReviewMonths))
        {
            context.Error(at, $"{what} was last reviewed on {date:yyyy-MM-dd}, more than {ContentLimits.ReviewMonths} months ago",
                "check the facts against the source again and update 'reviewed:' and 'checked_against:'");
        }
        else if (date > today)
        {
            context.Warning(at, $"{what} has a 'reviewed' date in the future ({date:yyyy-MM-dd})", "write the day the facts were checked");
        }

        if (checkedAgainst is null && (isCard || reviewed is not null))
        {
            context.Warning(at, $"{what} does not say what it was checked against",
                "add 'checked_against:' naming what a person compared it with (the page, the section, the legal text)");
        }
    }

    private static string Host(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url;
}
