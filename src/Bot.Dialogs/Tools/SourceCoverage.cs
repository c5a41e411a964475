using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// How many fact steps and procedure cards cite an official source: the number behind issue 15's
/// goal that at least 90 % of them do, printed by <c>content validate</c> and held by a test.
/// </summary>
/// <param name="FactItems">Flow steps that state facts (not <c>fact: false</c>, not generated from a card) plus cards.</param>
/// <param name="Official">Of those, how many cite at least one site on the <c>official:</c> list.</param>
/// <param name="National">Of those, how many cite a national site: one the list names, not only the catch-all "*.gov.vn".</param>
/// <param name="Unofficial">What the editor sees for each item citing no official site ("step 'levels' (flows/eid.yaml:244)").</param>
/// <remarks>
/// "National" exists because "*.gov.vn" also admits provincial, district and commune pages, and the
/// district level (and some provinces) no longer exist since 2025: such a page is official but may be
/// out of date, so the count shows how much rests on the national sites (vbpl.vn, chinhphu.vn,
/// dichvucong.gov.vn, bocongan.gov.vn …) and how much on local ones.
/// </remarks>
public sealed record SourceCoverage(int FactItems, int Official, int National, IReadOnlyList<string> Unofficial)
{
    /// <summary>The catch-all entry of the official list that admits every government site.</summary>
    public const string AnyGovernmentSite = "*.gov.vn";

    /// <summary>The share issue 15 asks for: at least 90 % of fact steps and cards cite an official source.</summary>
    public const double Goal = 0.90;

    /// <summary>Share of fact items citing an official source (1 when there are none).</summary>
    public double OfficialShare => FactItems == 0 ? 1 : (double)Official / FactItems;

    /// <summary>Counts the fact steps and cards of <paramref name="bundle"/> the way <c>FactChecks</c> judges them.</summary>
    public static SourceCoverage Of(ContentBundle bundle)
    {
        var national = new SiteList(bundle.OfficialSites.Written.Where(s => s.Trim() != AnyGovernmentSite));
        var items = bundle.Flows.Values
            .SelectMany(flow => flow.Nodes.Where(n => n.IsFact && n.CardId is null)
                .Select(n => (What: $"step '{flow.Id}/{n.Id}' ({n.Location})", n.Sources)))
            .Concat(bundle.Cards.Select(c => (What: $"card '{c.Id}' ({c.Location})", c.Sources)))
            .ToList();
        var unofficial = items.Where(i => !bundle.AnyOfficial(i.Sources)).Select(i => i.What).ToList();
        return new SourceCoverage(
            items.Count,
            items.Count - unofficial.Count,
            items.Count(i => i.Sources.Any(national.AllowsUrl)),
            unofficial);
    }

    /// <summary>The share in whole percent, rounded down so 89.9 % never reads as the goal.</summary>
    public int OfficialPercent => (int)Math.Floor(OfficialShare * 100);

    /// <summary>One line for editors, e.g. "fact steps and cards citing an official source: 70 of 113 (61 %; goal 90 %), 41 on a national site".</summary>
    public string Summary() =>
        $"fact steps and cards citing an official source: {Official} of {FactItems} ({OfficialPercent} %; goal {(int)(Goal * 100)} %), {National} on a national site";
}
