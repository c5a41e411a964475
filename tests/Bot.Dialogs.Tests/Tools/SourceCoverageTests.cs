using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

/// <summary>
/// The count behind issue 15's "at least 90 % of fact steps cite an official source": which steps and
/// cards count, which sources make them official, and which of those are national.
/// </summary>
public sealed class SourceCoverageTests
{
    private const string QuangNinhFeeTable =
        "  - https://pbgdpl.quangninh.gov.vn/thong-tu-so-75-2022-tt-btc-quy-dinh-muc-thu-che-do-thu-nop-va-quan-ly-le-phi-dang-ky-cu-tru/";

    [Fact]
    public void CardsCountAndStepsThatOnlyGuideDoNot()
    {
        using var draft = new CardDraft();

        var coverage = Coverage(draft);

        // The draft holds two cards and three steps marked 'fact: false'.
        Assert.Equal(2, coverage.FactItems);
        Assert.Equal(2, coverage.Official);
        Assert.Empty(coverage.Unofficial);
        Assert.Equal(100, coverage.OfficialPercent);
    }

    [Fact]
    public void AProvincePageIsOfficialButOnlyANamedSiteIsNational()
    {
        using var draft = new CardDraft();

        var coverage = Coverage(draft);

        // The draft's list names vbpl.vn and chinhphu.vn; both cards cite pages admitted only by "*.gov.vn".
        Assert.Equal(2, coverage.Official);
        Assert.Equal(0, coverage.National);

        draft.Edit("allowed-links.yaml", "  - vbpl.vn\n", "  - vbpl.vn\n  - dichvucong.gov.vn\n");
        Assert.Equal(1, Coverage(draft).National); // luu_tru cites dichvucong.gov.vn

        draft.Edit("procedures/tam_tru.yaml", QuangNinhFeeTable, "  - https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=150000");
        Assert.Equal(2, Coverage(draft).National);
    }

    [Fact]
    public void AStepCitingOnlyThePressIsCountedAndNamedWithItsLine()
    {
        using var draft = new CardDraft();
        draft.Edit("flows/help.yaml", "    fact: false\n    commune_contact: true",
            "    commune_contact: true\n    source: https://vnexpress.net/cong-an-xa\n    reviewed: 2026-11-20\n    checked_against: \"vnexpress\"");

        var coverage = Coverage(draft);

        Assert.Equal(3, coverage.FactItems);
        Assert.Equal(2, coverage.Official);
        Assert.Equal(66, coverage.OfficialPercent); // 2 of 3 is 66.7 %: rounded down, never up to a goal
        Assert.Equal("step 'help/contact' (flows/help.yaml:21:5)", Assert.Single(coverage.Unofficial));
        Assert.Equal("fact steps and cards citing an official source: 2 of 3 (66 %; goal 90 %), 0 on a national site", coverage.Summary());
    }

    [Fact]
    public void ACardLosingItsOnlyOfficialSourceDropsTheShare()
    {
        using var draft = new CardDraft();
        draft.Edit("procedures/tam_tru.yaml", QuangNinhFeeTable, "  - https://thuvienphapluat.vn/van-ban/Thue-Phi-Le-Phi/Thong-tu-75-2022-TT-BTC.aspx");

        var coverage = Coverage(draft);

        Assert.Equal(1, coverage.Official);
        Assert.Equal(50, coverage.OfficialPercent);
        Assert.StartsWith("card 'tam_tru' (procedures/tam_tru.yaml:", Assert.Single(coverage.Unofficial), StringComparison.Ordinal);
        Assert.True(coverage.OfficialShare < SourceCoverage.Goal);
    }

    private static SourceCoverage Coverage(CardDraft draft)
    {
        var (bundle, diagnostics) = ContentLoader.TryLoad(draft.Folder);
        Assert.True(bundle is not null, string.Join("\n", diagnostics));
        return SourceCoverage.Of(bundle);
    }
}
