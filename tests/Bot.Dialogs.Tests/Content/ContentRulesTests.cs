using System.Text;
using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tests.Content;

/// <summary>Rules every editor's change must keep: sourced facts, current offices, short NFC texts in both languages.</summary>
public sealed class ContentRulesTests
{
    /// <summary>Zalo allows 2,000 characters; elderly readers need far less.</summary>
    private const int MaxTextLength = 700;

    private const int MaxContentButtons = 5;

    private static readonly string[] ExpectedFlows = ["eid", "help", "scams", "services", "welfare"];

    [Fact]
    public void TheRealContentFolderLoadsWithEveryTopicFlow()
    {
        var (bundle, diagnostics) = ContentLoader.TryLoad(RealContent.Folder);

        Assert.True(bundle is not null, string.Join("\n", diagnostics));
        Assert.Equal(ExpectedFlows, bundle.Flows.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(diagnostics);
    }

    /// <summary>
    /// A fact step always names its sources. Since issue 15 a 'reviewed:' date is written only on the day
    /// a person checked the step against the source text, so a step may have none; a date that is there
    /// must be real: not in the future and not older than the twelve months the validator allows.
    /// </summary>
    [Fact]
    public void EveryFactStepNamesASourceAndAnyReviewedDateIsRecent()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var problems = new List<string>();
        var reviewedSteps = 0;
        foreach (var flow in RealContent.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes.Where(n => n.IsFact))
            {
                if (node.Sources.Count == 0)
                {
                    problems.Add($"{flow.Id}/{node.Id}: states facts but has no 'source:'");
                }

                if (node.Reviewed is not { } reviewed)
                {
                    continue;
                }

                reviewedSteps++;
                if (reviewed > today.AddDays(1))
                {
                    problems.Add($"{flow.Id}/{node.Id}: 'reviewed: {reviewed:yyyy-MM-dd}' is in the future");
                }
                else if (reviewed < today.AddMonths(-12))
                {
                    problems.Add($"{flow.Id}/{node.Id}: 'reviewed: {reviewed:yyyy-MM-dd}' is more than 12 months old");
                }
            }
        }

        Assert.True(reviewedSteps > 0, "no fact step records a review at all");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void NoTextNamesAnAbolishedOfficeOrOutdatedDocument()
    {
        var terms = OutdatedTerms.Load(Path.Combine(RealContent.Folder, "outdated-terms.yaml"));
        var hits = ContentTexts.All(RealContent.Bundle)
            .SelectMany(t => terms.FoundIn(t.Text).Select(h => $"{t.Where} ({t.Locale}): \"{h.Term}\" — {h.Reason}"))
            .ToList();

        Assert.True(terms.Count >= 20, "content/outdated-terms.yaml should list the abolished offices and old documents");
        Assert.True(hits.Count == 0, string.Join("\n", hits));
    }

    [Theory]
    [InlineData("Mời bác lên CÔNG AN HUYỆN nộp hồ sơ", "công an huyện")]
    [InlineData("mang theo chung minh nhan dan", "chứng minh nhân dân")]
    [InlineData("Nộp tại Ủy ban nhân dân huyện.", "ủy ban nhân dân huyện")]
    [InlineData("Go to the district police.", "district police")]
    public void TheOutdatedTermCheckCatchesOldOfficesWhateverTheCaseOrAccents(string text, string term)
    {
        var terms = OutdatedTerms.Load(Path.Combine(RealContent.Folder, "outdated-terms.yaml"));

        Assert.Contains(terms.FoundIn(text), h => h.Term == term);
    }

    [Fact]
    public void TheOutdatedTermCheckMatchesWholeWordsOnly()
    {
        var terms = OutdatedTerms.Load(Path.Combine(RealContent.Folder, "outdated-terms.yaml"));

        Assert.Empty(terms.FoundIn("Đến công an xã, phường nơi bạn ở; 34 tỉnh, thành phố."));
    }

    [Fact]
    public void EveryTextIsNfcAndShortEnoughForElderlyReaders()
    {
        var problems = ContentTexts.All(RealContent.Bundle)
            .Where(t => !t.Text.IsNormalized(NormalizationForm.FormC) || t.Text.Length > MaxTextLength)
            .Select(t => $"{t.Where} ({t.Locale}): {(t.Text.IsNormalized(NormalizationForm.FormC) ? "" : "not NFC; ")}{t.Text.Length} chars")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void EveryTextHasAnEnglishVariantThatDiffersFromTheVietnamese()
    {
        var problems = ContentTexts.Localized(RealContent.Bundle)
            .Where(t => t.Text.En is null || (t.Text.En == t.Text.Vi && !t.Where.Contains("texts.", StringComparison.Ordinal)))
            .Select(t => t.Where)
            .ToList();

        Assert.True(problems.Count == 0, "missing or untranslated English: " + string.Join(", ", problems));
    }

    [Fact]
    public void EveryStepOffersAtMostFiveContentButtonsSoZaloShowsThemAll()
    {
        var crowded = RealContent.Bundle.Flows.Values
            .SelectMany(f => f.Nodes.Where(n => n.Buttons.Count > MaxContentButtons).Select(n => $"{f.Id}/{n.Id}: {n.Buttons.Count}"))
            .ToList();

        Assert.True(crowded.Count == 0, string.Join("\n", crowded));
    }

    [Fact]
    public void EveryStepCanBeReachedFromTheMainMenu()
    {
        var bundle = RealContent.Bundle;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(bundle.Menu.Buttons.Where(b => b.Flow is not null).Select(b => Target(bundle, null, b.Flow!)));
        while (queue.TryDequeue(out var state))
        {
            if (!seen.Add(state))
            {
                continue;
            }

            var (flowId, nodeId) = (state.Split('/')[0], state.Split('/')[1]);
            var flow = bundle.Flows[flowId];
            foreach (var button in flow.FindNode(nodeId)!.Buttons)
            {
                var targets = button.Goto is { } g ? [flowId + "/" + g]
                    : button.Flow is { } f ? [Target(bundle, flowId, f)]
                    : button.Next.Select(r => flowId + "/" + r.Goto);
                foreach (var target in targets)
                {
                    queue.Enqueue(target);
                }
            }
        }

        var unreachable = bundle.Flows.Values
            .SelectMany(f => f.Nodes.Select(n => f.Id + "/" + n.Id))
            .Where(s => !seen.Contains(s))
            .ToList();
        Assert.True(unreachable.Count == 0, "unreachable by buttons: " + string.Join(", ", unreachable));
    }

    [Fact]
    public void TheScamCheckStepHandsTypedTextToTheScamCheckHandler()
    {
        var flow = RealContent.Bundle.Flows["scams"];
        var check = flow.FindNode("check")!;

        Assert.Equal("scam_check", check.Input);
        Assert.Contains(flow.FindNode(flow.Start)!.Buttons, b => b.Goto == "check");
        Assert.Contains(RealContent.Bundle.Menu.Buttons, b => b.Flow == "scams" &&
                                                          b.Label.Vi == "Lừa đảo: nhận biết, kiểm tra");
    }

    private static string Target(ContentBundle bundle, string? _, string flowRef)
    {
        var parts = flowRef.Split('.', 2);
        var flow = bundle.Flows[parts[0]];
        return flow.Id + "/" + (parts.Length == 2 ? parts[1] : flow.Start);
    }
}
