using Bot.Dialogs.Engine;
using Bot.Dialogs.Tests.Content;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>The state index answers as splitting and joining "flow/node" did, for any string, without new strings for known steps.</summary>
public sealed class StatePlacesTests
{
    private static readonly StatePlaces Places = new(RealContent.Bundle);

    public static TheoryData<string> States()
    {
        var data = new TheoryData<string> { StateKeys.Menu, StateKeys.Root, "", "/", "nope", "nope/start", "/start", "a/b/c" };
        foreach (var flow in RealContent.Bundle.Flows.Values)
        {
            data.Add(flow.Id);
            data.Add(flow.Id + "/");
            data.Add(flow.Id + "/no-such-step");
            data.Add(flow.Id.ToUpperInvariant() + "/" + flow.Start);
            foreach (var node in flow.Nodes)
            {
                data.Add(StateKeys.Node(flow.Id, node.Id));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(States))]
    public void SplitAndIsKnownAnswerAsBefore(string state)
    {
        var (flow, node) = StateKeys.Split(state);
        var knownBefore = state == StateKeys.Menu || RealContent.Bundle.FindFlow(flow)?.FindNode(node ?? "") is not null;

        Assert.Equal((flow, node), Places.Split(state));
        Assert.Equal(knownBefore, Places.IsKnown(state));
        Assert.Equal(knownBefore, Places.AllKnown([StateKeys.Menu, state]));
    }

    [Fact]
    public void StateOfAnswersAsJoiningDidForEveryFlowAndStep()
    {
        var flows = RealContent.Bundle.Flows.Keys.Append("nope").ToList();
        var nodes = RealContent.Bundle.Flows.Values.SelectMany(f => f.Nodes).Select(n => (string?)n.Id).Distinct()
            .Append(null).Append("").Append("no-such-step").ToList();
        foreach (var flow in flows)
        {
            foreach (var node in nodes)
            {
                var before = RealContent.Bundle.FindFlow(flow)?.FindNode(node ?? "") is not null ? StateKeys.Node(flow, node!) : null;
                Assert.Equal(before, Places.StateOf(flow, node));
            }
        }
    }

    [Fact]
    public void AKnownStepIsAnsweredWithTheSameStringsEveryTime()
    {
        var flow = RealContent.Bundle.Flows.Values.First();
        var state = StateKeys.Node(flow.Id, flow.Start);

        Assert.Same(Places.StateOf(flow.Id, flow.Start), Places.StateOf(flow.Id, flow.Start));
        Assert.Same(Places.Split(state).Flow, Places.Split(new string(state)).Flow);
        Assert.Same(Places.Split(state).Node, Places.Split(new string(state)).Node);
    }
}
