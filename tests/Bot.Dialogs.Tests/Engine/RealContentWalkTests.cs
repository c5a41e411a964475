using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>The shipped content: every step is reachable from the menu and every button leads somewhere.</summary>
public sealed class RealContentWalkTests
{
    [Fact]
    public void EveryButtonOfEveryReachableStepWorksInBothLanguages()
    {
        foreach (var locale in new[] { "vi", "en" })
        {
            var visited = Walk(Fixtures.Real, locale);
            var all = Fixtures.Real.Content.Flows.Values.SelectMany(f => f.Nodes.Select(n => f.Id + "/" + n.Id)).ToHashSet();
            var unreachable = all.Except(visited).ToList();
            Assert.True(unreachable.Count == 0, $"[{locale}] steps no button reaches from the menu: {string.Join(", ", unreachable)}");
        }
    }

    /// <summary>Breadth-first over states: press every shown button, check the answer is sensible.</summary>
    private static HashSet<string> Walk(DialogEngine engine, string locale)
    {
        var now = DateTimeOffset.UnixEpoch;
        var start = engine.Run(null, InboundMessage.FromText(locale == "en" ? "/en" : "/vi"), now);
        var queue = new Queue<(ConversationRecord Record, IReadOnlyList<Reply> Replies)>();
        queue.Enqueue((start.Record, start.Replies));
        var seen = new HashSet<string> { "menu|" };
        var reached = new HashSet<string> { "menu" };
        while (queue.Count > 0)
        {
            var (record, replies) = queue.Dequeue();
            // Plug-in buttons (e.g. alert subscriptions) are answered by their feature's handler, not the engine.
            foreach (var button in replies.SelectMany(r => r.Buttons).Where(b => !b.IsLink && !Payloads.IsPlugIn(b.Payload)))
            {
                var result = engine.Run(record, InboundMessage.FromPayload(button.Payload), now);
                Assert.NotEmpty(result.Replies);
                Assert.All(result.Replies, r => Assert.False(string.IsNullOrWhiteSpace(r.Text)));
                Assert.NotEqual(TurnOutcome.Stale, result.Outcome);
                var at = result.Record.Flow is null ? "menu" : result.Record.Flow + "/" + result.Record.Node;
                reached.Add(at);

                // Answers decide guarded branches, so a step with other answers is another place to explore.
                var answers = string.Join(",", result.Record.Answers.OrderBy(a => a.Key).Select(a => a.Key + "=" + a.Value));
                if (seen.Add(at + "|" + answers))
                {
                    queue.Enqueue((result.Record, result.Replies));
                }
            }
        }

        return reached;
    }
}
