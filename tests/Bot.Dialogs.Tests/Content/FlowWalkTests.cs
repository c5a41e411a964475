using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Content;

/// <summary>
/// Presses every button of every step, in Vietnamese and English, through the real engine and the
/// real content, carrying the answers a resident would have given, and checks where each press lands.
/// </summary>
public sealed class FlowWalkTests
{
    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void EveryButtonOfEveryStepLeadsToTheStepItPromisesInTheResidentsLanguage(string locale)
    {
        var engine = RealContent.Engine;
        var bundle = RealContent.Bundle;
        var start = engine.Run(null, InboundMessage.FromPayload(locale == "en" ? "c:lang_en" : "c:lang_vi"), DateTimeOffset.UnixEpoch).Record;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pressed = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<string>();
        var stack = new Stack<ConversationRecord>([start]);

        while (stack.TryPop(out var record))
        {
            var here = StateOf(record);
            if (!visited.Add(here + "|" + string.Join(",", record.Answers.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value))))
            {
                continue;
            }

            foreach (var shown in engine.CurrentButtons(record).Where(b => b.Payload.StartsWith("b:", StringComparison.Ordinal)))
            {
                var (flow, node, button) = Find(bundle, shown.Payload);
                pressed.Add(shown.Payload);
                var expected = Expected(bundle, flow, node, button, record.Answers);
                var result = engine.Run(record, InboundMessage.FromPayload(shown.Payload), DateTimeOffset.UnixEpoch);
                var landed = StateOf(result.Record);
                if (landed != expected)
                {
                    problems.Add($"{here} → \"{shown.Label}\": landed at {landed}, expected {expected}");
                    continue;
                }

                var (toFlow, toNode) = (expected.Split('/')[0], expected.Split('/')[1]);
                var text = bundle.Flows[toFlow].FindNode(toNode)!.Text.Get(locale);
                if (result.Replies.Count == 0 || result.Replies[^1].Text != text)
                {
                    problems.Add($"{here} → \"{shown.Label}\": the reply is not the {locale} text of {expected}");
                }

                if (result.Outcome is TurnOutcome.Stale or TurnOutcome.Fallback)
                {
                    problems.Add($"{here} → \"{shown.Label}\": answered as {result.Outcome}");
                }

                reached.Add(expected);
                stack.Push(result.Record);
            }
        }

        var allSteps = bundle.Flows.Values.SelectMany(f => f.Nodes.Select(n => f.Id + "/" + n.Id)).ToList();
        problems.AddRange(allSteps.Where(s => !reached.Contains(s)).Select(s => "never reached: " + s));
        // Plug-in buttons (e.g. alert subscriptions) are answered by their feature, not by the engine walked here.
        var allButtons = bundle.Menu.Buttons.Where(b => b.PlugInPayload is null).Select(b => Payloads.Button(Payloads.MenuFlow, Payloads.MenuNode, b.Key))
            .Concat(bundle.Flows.Values.SelectMany(f => f.Nodes.SelectMany(n => n.Buttons.Where(b => b.PlugInPayload is null).Select(b => Payloads.Button(f.Id, n.Id, b.Key)))));
        problems.AddRange(allButtons.Where(p => !pressed.Contains(p)).Select(p => "never pressed: " + p));

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public void BackReturnsToThePreviousStepAndMenuToTheMainMenuFromEveryStep(string locale)
    {
        var engine = RealContent.Engine;
        var problems = new List<string>();
        foreach (var flow in RealContent.Bundle.Flows.Values)
        {
            foreach (var node in flow.Nodes)
            {
                var record = new ConversationRecord
                {
                    Flow = flow.Id,
                    Node = node.Id,
                    Locale = locale,
                    ContentVersion = RealContent.Bundle.Version,
                    History = ["menu"],
                };
                var back = engine.Run(record, InboundMessage.FromPayload("c:back"), DateTimeOffset.UnixEpoch);
                var menu = engine.Run(record, InboundMessage.FromPayload("c:menu"), DateTimeOffset.UnixEpoch);
                if (back.Record.Flow is not null || menu.Record.Flow is not null)
                {
                    problems.Add($"{flow.Id}/{node.Id}: back → {back.Record.Flow}/{back.Record.Node}, menu → {menu.Record.Flow}/{menu.Record.Node}");
                }

                if (menu.Replies[^1].Text != RealContent.Bundle.Menu.Text.Get(locale))
                {
                    problems.Add($"{flow.Id}/{node.Id}: the menu was not shown in {locale}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static string StateOf(ConversationRecord record) => record.Flow is null ? "menu" : record.Flow + "/" + record.Node;

    private static (FlowDefinition? Flow, NodeDefinition? Node, ButtonDefinition Button) Find(ContentBundle bundle, string payload)
    {
        var parts = payload.Split(':');
        if (parts[1] == Payloads.MenuFlow)
        {
            return (null, null, bundle.Menu.Buttons.Single(b => b.Key == parts[3]));
        }

        var flow = bundle.Flows[parts[1]];
        var node = flow.FindNode(parts[2])!;
        return (flow, node, node.Buttons.Single(b => b.Key == parts[3]));
    }

    /// <summary>Where the content says a press should lead, reading the rules like an editor would.</summary>
    private static string Expected(
        ContentBundle bundle, FlowDefinition? flow, NodeDefinition? node, ButtonDefinition button, IReadOnlyDictionary<string, string> answers)
    {
        if (button.Flow is { } flowRef)
        {
            var parts = flowRef.Split('.', 2);
            var other = bundle.Flows[parts[0]];
            return other.Id + "/" + (parts.Length == 2 ? parts[1] : other.Start);
        }

        if (button.Goto is { } target)
        {
            return flow!.Id + "/" + target;
        }

        var after = new Dictionary<string, string>(answers, StringComparer.Ordinal);
        if (node?.Ask is { } question && button.Answer is { } answer)
        {
            after[question] = answer;
        }

        var rule = button.Next.First(r => r.If is null || flow!.Guards[r.If].Evaluate(after));
        return flow!.Id + "/" + rule.Goto;
    }
}
