using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>The validator keeps messages short for elderly readers and facts tied to official sources (issue 15).</summary>
public sealed class PlainWordsAndSourcesTests
{
    private static readonly TimeProvider Today = new FixedClock(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));

    private const string ContactText =
        "Cần gặp người thật: đến trụ sở công an xã, phường nơi bạn ở. Chỉ gọi số điện thoại do công an công bố, không gọi số do người lạ đưa.";

    [Fact]
    public void AStepOfSixtyOneVietnameseWordsIsAnErrorAndSixtyIsFine()
    {
        using var draft = new CardDraft();
        draft.Edit("flows/help.yaml", ContactText, Words(61));

        var finding = Assert.Single(Validate(draft), d => d.Message.Contains("words;", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("flows/help.yaml:21:5: error: step 'contact' has 61 words; a message may have at most 60 (about six short lines on a phone) — split it into two steps (a button leads on to the second), or say it in fewer words",
            finding.ToString());

        draft.Edit("flows/help.yaml", Words(61), Words(60));
        Assert.DoesNotContain(Validate(draft), d => d.Message.Contains("words;", StringComparison.Ordinal));
    }

    [Fact]
    public void ACardSectionOrSummaryOverSixtyWordsIsAnErrorOnItsOwnLine()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/tam_tru.yaml", "Đến công an xã, phường nơi bạn đang ở, mang thẻ căn cước và giấy tờ chỗ ở.", Words(70))
            .Edit("procedures/luu_tru.yaml", "Khi có người đến ở qua đêm,", Words(58) + " Khi có người đến ở qua đêm,");

        var findings = Validate(draft).Where(d => d.Message.Contains("words;", StringComparison.Ordinal)).ToList();

        Assert.Contains(findings, d => d.Severity == DiagnosticSeverity.Error && d.Location.ToString() == "procedures/tam_tru.yaml:31:5"
                                       && d.Message.StartsWith("section 'in_person' of card 'tam_tru' has 70 words", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == "procedures/luu_tru.yaml"
                                       && d.Message.StartsWith("the summary of card 'luu_tru' has", StringComparison.Ordinal));
        Assert.Equal(2, findings.Count); // the heading the engine adds is not counted against the editor
    }

    [Fact]
    public void ACardTitleOverThirtyCharactersIsAnError()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/luu_tru.yaml", "vi: \"Thông báo lưu trú\"", "vi: \"Thông báo lưu trú cho khách đến nhà ở\"");

        var finding = Assert.Single(Validate(draft), d => d.Message.Contains("title of card", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Contains("(vi) has 37 characters", finding.Message, StringComparison.Ordinal);
        Assert.Equal("procedures/luu_tru.yaml:7:8", finding.Location.ToString());
    }

    [Fact]
    public void AMainMenuOfSixButtonsOrWithALongLabelIsAnError()
    {
        using var draft = new CardDraft();
        var extra = string.Concat(Enumerable.Range(1, 4).Select(i => $"\n    - label: {{ vi: \"Chủ đề {i}\", en: \"Topic {i}\" }}\n      id: t{i}\n      flow: services"));
        draft.Edit("bot.yaml", "      flow: help\n", "      flow: help" + extra + "\n")
            .Edit("bot.yaml", "vi: \"Thủ tục cư trú\"", "vi: \"Thủ tục cư trú, tạm trú, lưu trú và xe\"");

        var errors = Validate(draft).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Contains(errors, d => d.Message.StartsWith("the main menu has 6 buttons; at most 5 fit", StringComparison.Ordinal) && d.Location.File == "bot.yaml");
        Assert.Contains(errors, d => d.Message.StartsWith("the menu button 'services' (vi) has 38 characters; main-menu labels may have at most 30", StringComparison.Ordinal));
    }

    [Fact]
    public void FiveMenuButtonsWithShortLabelsPass()
    {
        using var draft = new CardDraft();
        var extra = string.Concat(Enumerable.Range(1, 3).Select(i => $"\n    - label: {{ vi: \"Chủ đề {i}\", en: \"Topic {i}\" }}\n      id: t{i}\n      flow: services"));
        draft.Edit("bot.yaml", "      flow: help\n", "      flow: help" + extra + "\n");

        Assert.DoesNotContain(Validate(draft), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Theory]
    [InlineData("https://thuvienphapluat.vn/van-ban/Quyen-dan-su/Luat-Cu-tru-2020.aspx", false)]
    [InlineData("https://dichvucong.gov.vn.thu-tuc.xyz/tam-tru", false)]
    [InlineData("https://vnexpress.net/dang-ky-tam-tru", false)]
    [InlineData("https://xaydungchinhsach.chinhphu.vn/tam-tru.htm", true)]
    [InlineData("https://vbpl.vn/TW/Pages/home.aspx", true)]
    [InlineData("https://congan.quangninh.gov.vn/tam-tru", true)]
    public void AStepWhoseSourcesAreAllUnofficialGetsAWarning(string source, bool official)
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/tam_tru.yaml",
            "  - https://pbgdpl.quangninh.gov.vn/thong-tu-so-75-2022-tt-btc-quy-dinh-muc-thu-che-do-thu-nop-va-quan-ly-le-phi-dang-ky-cu-tru/",
            "  - " + source);

        var findings = Validate(draft).Where(d => d.Message.Contains("cites no official source", StringComparison.Ordinal)).ToList();

        if (official)
        {
            Assert.Empty(findings);
        }
        else
        {
            var finding = Assert.Single(findings);
            Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
            Assert.StartsWith("card 'tam_tru' cites no official source (", finding.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void OnePressSourceBesideAnOfficialOneIsFine()
    {
        using var draft = new CardDraft();

        Assert.DoesNotContain(Validate(draft), d => d.Message.Contains("card 'luu_tru' cites no official source", StringComparison.Ordinal));
    }

    [Fact]
    public void TheOfficialListComesFromAllowedLinks()
    {
        using var draft = new CardDraft();
        draft.Edit("allowed-links.yaml", "official:\n  - vbpl.vn\n  - chinhphu.vn\n  - \"*.chinhphu.vn\"\n  - \"*.gov.vn\"", "official:\n  - vbpl.vn");

        Assert.Contains(Validate(draft), d => d.Message.StartsWith("card 'tam_tru' cites no official source (pbgdpl.quangninh.gov.vn)", StringComparison.Ordinal));
    }

    [Fact]
    public void AReviewWithoutWhatWasCheckedWarnsOnStepsAndCards()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/luu_tru.yaml", "checked_against: \"domain-facts.md §4.4 (Luật Cư trú Art. 30; VNeID steps, 12/2025 version)\"", "")
            .Edit("flows/help.yaml", "    fact: false\n    commune_contact: true",
                "    commune_contact: true\n    source: https://dichvucong.gov.vn\n    reviewed: 2026-11-20");

        var findings = Validate(draft).Where(d => d.Message.Contains("does not say what it was checked against", StringComparison.Ordinal)).ToList();

        Assert.All(findings, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(findings, d => d.Message.StartsWith("card 'luu_tru'", StringComparison.Ordinal));
        Assert.Contains(findings, d => d.Message.StartsWith("step 'contact'", StringComparison.Ordinal));
    }

    [Fact]
    public void ACardWithoutSourceOrWithAReviewOlderThanAYearIsAnError()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/tam_tru.yaml",
                "source:\n  - https://pbgdpl.quangninh.gov.vn/thong-tu-so-75-2022-tt-btc-quy-dinh-muc-thu-che-do-thu-nop-va-quan-ly-le-phi-dang-ky-cu-tru/\n", "")
            .Edit("procedures/luu_tru.yaml", "reviewed: 2026-11-20", "reviewed: 2025-11-30");

        var errors = Validate(draft).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.Contains(errors, d => d.Message == "card 'tam_tru' states facts but names no source" && d.Location.File == "procedures/tam_tru.yaml");
        Assert.Contains(errors, d => d.Message == "card 'luu_tru' was last reviewed on 2025-11-30, more than 12 months ago");
        Assert.Equal(2, errors.Count); // reported once per card, not once per step it becomes
    }

    [Fact]
    public void ALinkOffTheListIsAnErrorInACardButAWarningInAFlowStep()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/luu_tru.yaml", "hoặc gọi số điện thoại công an xã, phường đã công bố.", "hoặc xem https://luutru-online.com.")
            .Edit("flows/help.yaml", "không gọi số do người lạ đưa.", "không gọi số do người lạ đưa. Xem https://luutru-online.com.");

        var findings = Validate(draft).Where(d => d.Message.Contains("luutru-online.com", StringComparison.Ordinal)).ToList();

        Assert.Contains(findings, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == "procedures/luu_tru.yaml");
        Assert.Contains(findings, d => d.Severity == DiagnosticSeverity.Warning && d.Location.File == "flows/help.yaml");
    }

    [Fact]
    public void ACardWithFewExamplesOrNoEnglishTitleWarns()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/luu_tru.yaml", "  - co khach o nha qua dem\n  - báo lưu trú trên vneid\n  - bao luu tru tren vneid\n", "")
            .Edit("procedures/luu_tru.yaml", "title: { vi: \"Thông báo lưu trú\", en: \"Notify a guest's stay\" }", "title: \"Thông báo lưu trú\"");

        var report = ContentValidator.Validate(draft.Folder, Today);

        Assert.False(report.HasErrors, string.Join("\n", report.Diagnostics));
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("card 'luu_tru' has 6 example phrases", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message == "the title of card 'luu_tru' has no English text");
    }

    [Fact]
    public void ACardSectionWithoutEnglishWarnsOnItsLine()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/tam_tru.yaml",
            "    en: \"Go to the commune or ward police where you now live, with your ID card and the residence papers.\"\n", "");

        var finding = Assert.Single(Validate(draft));
        Assert.Equal("procedures/tam_tru.yaml:31:5: warning: card 'tam_tru' (in_person) has no English text — add an 'en:' line next to 'vi:' (English readers see Vietnamese until then)",
            finding.ToString());
    }

    [Theory]
    [InlineData("Bấm nút — rồi gõ số 2.", 6)]
    [InlineData("Xem https://dichvucong.gov.vn/p/home ngay", 3)]
    [InlineData("📞 Gọi 113", 2)]
    [InlineData("  ", 0)]
    [InlineData("Đến công an xã,\nphường.", 5)]
    public void WordsAreCountedAsAReaderCountsThem(string text, int words) =>
        Assert.Equal(words, WordCounter.Count(text));

    private static IReadOnlyList<ContentDiagnostic> Validate(CardDraft draft) => ContentValidator.Validate(draft.Folder, Today).Diagnostics;

    /// <summary>A Vietnamese sentence of exactly <paramref name="count"/> words.</summary>
    private static string Words(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(i => (i % 4) switch { 0 => "đến", 1 => "công", 2 => "an", _ => "xã" }));

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
