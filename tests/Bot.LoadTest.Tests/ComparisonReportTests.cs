using Bot.LoadTest;

namespace Bot.LoadTest.Tests;

public class ComparisonReportTests
{
    private static RunResult Run(string bot, int users, double turnsPerSecond, double cpu, double p99) =>
        new() { Bot = bot, Users = users, TurnsPerSecond = turnsPerSecond, BotCpuSecondsPer1000Turns = cpu, P99Ms = p99, LoadAverageStart = "1.0" };

    [Fact]
    public void MedianOfTwoRoundsIsTheirMean()
    {
        Assert.Equal(150.0, ComparisonReport.M([Run("ours", 10, 100, 1, 1), Run("ours", 10, 200, 1, 1)], r => r.TurnsPerSecond));
    }

    [Fact]
    public void RatiosCompareOursWithGrammyAndTheEchoCeiling()
    {
        RunResult[] runs =
        [
            Run("echo", 10, 400, 0.5, 20),
            Run("ours", 10, 360, 1.0, 30),
            Run("grammy", 10, 180, 3.0, 60),
        ];

        var table = ComparisonReport.Render(runs);

        // turns/s ours÷grammY 2.00, ours÷echo 0.90, grammY÷echo 0.45, CPU ours÷grammY 0.33, CPU ours÷echo 2.00, p99 0.50
        Assert.Contains("| 10 | 2.00 | 0.90 | 0.45 | 0.33 | 2.00 | 0.50 |", table);
    }

    [Fact]
    public void StepIsAnsweredOnlyByAMessageWithTheExpectedButton()
    {
        var step = new ScriptStep(null, "Có", "Có, chính chủ", null);
        var wrong = new ReceivedMessage(1, 1, "Xin lỗi, tôi chưa hiểu", [("Có", "b:eid:ask_chip:0")], 0);
        var right = new ReceivedMessage(1, 2, "Số điện thoại…", [("Có, chính chủ", "b:eid:ask_sim:0")], 0);

        Assert.False(step.Matches(wrong));
        Assert.True(step.Matches(right));
    }
}
