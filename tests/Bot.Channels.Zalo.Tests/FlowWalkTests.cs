using Xunit.Abstractions;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Walking;

namespace Bot.Channels.Zalo.Tests;

/// <summary>Every dialog in content/flows, walked through both Zalo channels by a resident choosing every option.</summary>
public sealed class FlowWalkTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ResidentCompletesEveryDialogOnTheOfficialAccountWithButtons()
    {
        await using var oa = await FakeZaloOaApi.StartAsync();
        await using var app = ZaloApp.Start(oa: oa);
        var walker = new DialogWalker(app, new OaResident(app, oa));

        await walker.WalkAsync();

        AssertEveryStepReached(app, walker);
        output.WriteLine($"{walker.Choices} choices, {walker.Reached.Count} steps");
        Assert.All(oa.AllMessages(), m => Assert.InRange(m.Buttons.Count, 0, 5));
    }

    [Fact]
    public async Task ResidentCompletesEveryDialogOnZaloBotByTypingNumbers()
    {
        await using var bot = await FakeZaloBotApi.StartAsync();
        await using var app = ZaloApp.Start(bot: bot);
        var walker = new DialogWalker(app, new BotResident(app, bot));

        await walker.WalkAsync();

        AssertEveryStepReached(app, walker);
        output.WriteLine($"{walker.Choices} choices, {walker.Reached.Count} steps");
    }

    private static void AssertEveryStepReached(ZaloApp app, DialogWalker walker)
    {
        var content = app.Engine.Content;
        var expected = DialogWalker.ReachableByButtons(content);
        Assert.NotEmpty(expected);
        var missed = expected.Except(walker.Reached).Select(s => s.Flow + "." + s.Node).ToList();
        Assert.True(missed.Count == 0, "Steps never reached through Zalo: " + string.Join(", ", missed));
        foreach (var flow in content.Menu.Buttons.Where(b => b.Flow is not null).Select(b => b.Flow!.Split('.')[0]))
        {
            Assert.Contains(walker.Reached, s => s.Flow == flow);
        }
    }
}
