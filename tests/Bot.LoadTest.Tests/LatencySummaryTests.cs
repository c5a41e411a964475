using Bot.LoadTest;

namespace Bot.LoadTest.Tests;

public class LatencySummaryTests
{
    [Fact]
    public void PercentilesOfOneToHundredAreTheNearestRanks()
    {
        var values = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToArray();

        var summary = LatencySummary.From(values);

        Assert.Equal((100, 50.0, 95.0, 99.0, 100.0), (summary.Count, summary.P50, summary.P95, summary.P99, summary.Max));
    }

    [Fact]
    public void OneSlowTurnInTenIsThePercentileAboveNinety()
    {
        double[] values = [10, 10, 10, 10, 10, 10, 10, 10, 10, 900];

        var summary = LatencySummary.From(values);

        Assert.Equal(10.0, summary.P50);
        Assert.Equal(900.0, summary.P95);
        Assert.Equal(900.0, summary.P99);
    }

    [Fact]
    public void NoTurnsGiveNoNumbersRatherThanZeros()
    {
        var summary = LatencySummary.From([]);

        Assert.Equal(0, summary.Count);
        Assert.True(double.IsNaN(summary.P99));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void PercentileOutsideOneToHundredIsRefused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LatencySummary.Percentile([1, 2, 3], p));
}
