using System.Text.RegularExpressions;
using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>Links residents are sent to (link buttons, addresses in texts) must be well formed and official.</summary>
/// <remarks>
/// Sources (<c>source:</c>) are citations for editors, never shown to residents, so they may be
/// news or law sites (FactChecks says when none is official); the loader already rejects sources
/// that are not web addresses. In a procedure card a link off the list is an error (the agreed
/// card format); in a flow step it is a warning.
/// </remarks>
internal static partial class LinkChecks
{
    [GeneratedRegex(@"(?:https?://|www\.)[^\s""'<>()]+", RegexOptions.IgnoreCase)]
    private static partial Regex UrlInText();

    public static void Run(ValidationContext context)
    {
        var allowed = context.Bundle.LinkSites;
        foreach (var flow in context.Bundle.Flows.Values)
        {
            foreach (var button in flow.Nodes.SelectMany(n => n.Buttons).Where(b => b.Url is not null))
            {
                Check(context, button.Url!, button.Location, allowed, strict: false);
            }
        }

        foreach (var button in context.Bundle.Menu.Buttons.Where(b => b.Url is not null))
        {
            Check(context, button.Url!, button.Location, allowed, strict: false);
        }

        foreach (var (_, text, at, _, fromCard) in context.ResidentTexts())
        {
            foreach (var variant in text.All())
            {
                foreach (Match match in UrlInText().Matches(variant))
                {
                    Check(context, match.Value.TrimEnd('.', ',', ';', ':', '!', '?'), at, allowed, strict: fromCard);
                }
            }
        }
    }

    private static void Check(ValidationContext context, string link, SourceLocation at, SiteList allowed, bool strict)
    {
        var absolute = link.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? "https://" + link : link;
        if (!Uri.TryCreate(absolute, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !uri.Host.Contains('.'))
        {
            Report(context, strict, at, $"'{link}' is not a well-formed web address", "write it in full, e.g. https://dichvucong.gov.vn");
            return;
        }

        if (!allowed.Allows(uri.Host))
        {
            Report(context, strict, at, $"the link '{link}' goes to {uri.Host}, which is not on the official list",
                $"link to an official site, or add the site to {ContentValidator.AllowedLinksFile} after checking it");
        }
        else if (uri.Scheme == "http")
        {
            context.Warning(at, $"the link '{link}' is not secure (http)", "use https://");
        }
    }

    private static void Report(ValidationContext context, bool strict, SourceLocation at, string message, string fix)
    {
        if (strict)
        {
            context.Error(at, message, fix);
        }
        else
        {
            context.Warning(at, message, fix);
        }
    }
}
