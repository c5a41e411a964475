namespace Bot.Dialogs.Tools;

/// <summary>Resident-facing text must not use outdated terms (matched ignoring case and diacritics).</summary>
internal static class TermChecks
{
    public static void Run(ValidationContext context, IReadOnlyList<OutdatedTerm> terms)
    {
        if (terms.Count == 0)
        {
            return;
        }

        foreach (var (what, text, at, _, _) in context.ResidentTexts())
        {
            foreach (var variant in text.All())
            {
                foreach (var term in terms.Where(t => FoldedSearch.Contains(variant, t.Folded)))
                {
                    // The reason is the editors' own words in both languages, so it travels with the finding rather than through the catalogue.
                    context.Error(context.Locate(at, term.Folded), $"{what} uses the outdated term '{term.Term}'",
                        term.Reason.En ?? term.Reason.Vi, term.Reason.Vi);
                }
            }
        }
    }
}
