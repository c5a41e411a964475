using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// Everything an editor should know before publishing: the loader's structural errors plus the
/// checks that need the whole picture (reachability, dead ends, channel limits, plain words, facts and
/// their sources, procedure cards, terms, links).
/// </summary>
/// <remarks>
/// Errors mean "residents would be hurt or stranded" and block publishing (and hot reload);
/// warnings mean "worth a look" and never block. Every finding is a compiler-style line
/// (<c>file:line:col: error: message — fix</c>) so editors and CI read the same thing.
/// </remarks>
public static class ContentValidator
{
    /// <summary>Name of the editable list of outdated terms in the content folder.</summary>
    public const string OutdatedTermsFile = "outdated-terms.yaml";

    /// <summary>Name of the editable list of official sites links may point to.</summary>
    public const string AllowedLinksFile = "allowed-links.yaml";

    /// <summary>Loads and checks <paramref name="folder"/>.</summary>
    /// <param name="folder">The content folder (holds bot.yaml).</param>
    /// <param name="time">Clock for the "reviewed more than 12 months ago" check.</param>
    public static ValidationReport Validate(string folder, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var (bundle, loaded) = ContentLoader.TryLoad(folder, time);
        var diagnostics = new List<ContentDiagnostic>(loaded);
        var root = Path.GetFullPath(folder);
        if (bundle is not null)
        {
            var context = new ValidationContext(bundle, root, diagnostics);
            var terms = OutdatedTermList.Read(root, diagnostics);
            StructureChecks.Run(context);
            TextChecks.Run(context);
            PlainWordsChecks.Run(context);
            FactChecks.Run(context, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
            CardChecks.Run(context);
            TermChecks.Run(context, terms);
            LinkChecks.Run(context);
        }

        var ordered = diagnostics
            .Distinct()
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
        return new ValidationReport(bundle, ordered);
    }
}
