using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Content;

/// <summary>
/// Issue 15: fact steps and cards in the shipped content cite official pages (vbpl.vn, chinhphu.vn,
/// dichvucong.gov.vn, bocongan.gov.vn …), press only in addition. The share may only go up.
/// </summary>
public sealed class OfficialSourceShareTests
{
    /// <summary>
    /// The share reached on 2026-12-04 (65 of 113), after the steps without an official source were
    /// searched for one, topic by topic, in the stored copies. It is below the 90 % goal (<see cref="SourceCoverage.Goal"/>):
    /// for about forty-five steps (VNeID troubleshooting, welfare linking, scam aftercare) only press pages
    /// were found. Raise it whenever steps gain official sources; never lower it to let a change through.
    /// </summary>
    private const int FloorPercent = 57;

    [Fact]
    public void TheShareOfFactStepsCitingAnOfficialSourceNeverFallsBelowTheRecordedFloor()
    {
        var coverage = SourceCoverage.Of(RealContent.Bundle);

        Assert.True(coverage.OfficialPercent >= FloorPercent,
            $"{coverage.Summary()}; the floor is {FloorPercent} %. Steps and cards citing no official page:\n"
            + string.Join("\n", coverage.Unofficial));
    }

    [Fact]
    public void EveryProcedureCardCitesAnOfficialSource()
    {
        var coverage = SourceCoverage.Of(RealContent.Bundle);

        Assert.DoesNotContain(coverage.Unofficial, what => what.StartsWith("card ", StringComparison.Ordinal));
    }
}
