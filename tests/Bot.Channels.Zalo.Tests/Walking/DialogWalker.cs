using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests.Walking;

/// <summary>
/// Walks every dialog breadth-first the way a resident would: open the chat at the menu, then
/// choose every option of every step reached. Generic over the content, which grows in parallel:
/// nothing here names a flow.
/// </summary>
/// <remarks>
/// The engine's own view (the stored record and the buttons it says are shown) is the oracle; the
/// walker asserts that what reached the resident on Zalo matches it: the step's text, every
/// option rendered as the platform allows, nothing misunderstood. Steps are told apart by flow,
/// step, the answers that flow's guards read, and whether "back" is offered, so guarded branches
/// are all explored without walking in circles.
/// </remarks>
public sealed class DialogWalker(ZaloApp app, IResidentChannel channel)
{
    private int _residents;

    /// <summary>Every (flow, step) the walk reached.</summary>
    public HashSet<(string Flow, string Node)> Reached { get; } = [];

    /// <summary>Number of choices made.</summary>
    public int Choices { get; private set; }

    public async Task WalkAsync()
    {
        var content = app.Engine.Content;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<(ConversationRecord Record, Seen Seen)>();

        var user = NextResident();
        var seen = await channel.OpenAsync(user);
        var record = await CheckAsync(user, seen, "opening the chat");
        visited.Add(StateKey(content, record));
        queue.Enqueue((record, seen));

        while (queue.TryDequeue(out var at))
        {
            var options = app.Engine.CurrentButtons(at.Record);
            for (var i = 0; i < options.Count; i++)
            {
                if (options[i].IsLink || Bot.Dialogs.Content.Payloads.IsPlugIn(options[i].Payload))
                {
                    continue; // a web page, or a feature's own screen (alert subscriptions): not a dialog step
                }

                // Another resident standing exactly where this one stands (same step, answers, history)
                // makes the choice, so every option is tried from the same place without replaying the path.
                user = NextResident();
                var key = new ConversationKey(channel.Name, user);
                Assert.Equal(CommitOutcome.Committed, await app.Get<IConversationStore>().CommitAsync(key, at.Record, 0, null, CancellationToken.None));
                var next = await channel.ChooseAsync(user, i, options[i], at.Seen);
                Choices++;
                var reached = await CheckAsync(user, next, $"choosing \"{options[i].Label}\" ({options[i].Payload})");
                if (visited.Add(StateKey(content, reached)))
                {
                    queue.Enqueue((reached, next));
                }
            }
        }
    }

    /// <summary>Every step that buttons lead to, starting from the menu (what the walk must reach).</summary>
    public static HashSet<(string Flow, string Node)> ReachableByButtons(ContentBundle content)
    {
        var reachable = new HashSet<(string, string)>();
        var pending = new Stack<(string Flow, string Node)>();
        void Add(string flow, string node)
        {
            if (reachable.Add((flow, node)))
            {
                pending.Push((flow, node));
            }
        }

        void AddFlowRef(string reference)
        {
            var parts = reference.Split('.', 2);
            var flow = content.FindFlow(parts[0])!;
            Add(flow.Id, parts.Length == 2 ? parts[1] : flow.Start);
        }

        foreach (var button in content.Menu.Buttons.Where(b => b.Flow is not null))
        {
            AddFlowRef(button.Flow!);
        }

        while (pending.TryPop(out var at))
        {
            var node = content.FindFlow(at.Flow)!.FindNode(at.Node)!;
            foreach (var button in node.Buttons)
            {
                if (button.Goto is { } target)
                {
                    Add(at.Flow, target);
                }

                foreach (var rule in button.Next)
                {
                    Add(at.Flow, rule.Goto);
                }

                if (button.Flow is { } reference)
                {
                    AddFlowRef(reference);
                }
            }
        }

        return reachable;
    }

    private string NextResident() => $"{channel.Name}-walker-{Interlocked.Increment(ref _residents)}";

    private async Task<ConversationRecord> CheckAsync(string user, Seen seen, string action)
    {
        var content = app.Engine.Content;
        Assert.True(seen.Texts.Count > 0, $"{channel.Name}: no answer after {action}");
        var record = await app.RecordAsync(channel.Name, user);
        Assert.NotNull(record);

        var all = string.Join("\n", seen.Texts);
        foreach (var key in new[] { TextKeys.Reprompt, TextKeys.Fallback, TextKeys.StaleButton, TextKeys.Error })
        {
            Assert.False(all.Contains(content.Text(key, record.Locale), StringComparison.Ordinal),
                $"{channel.Name}: the bot did not understand {action}; it answered: {all}");
        }

        var expectedText = record.Flow is null
            ? content.Menu.Text.Get(record.Locale)
            : content.FindFlow(record.Flow)!.FindNode(record.Node!)!.Text.Get(record.Locale);
        Assert.Contains(Squeeze(expectedText), Squeeze(all), StringComparison.Ordinal);
        channel.AssertOptions(seen, app.Engine.CurrentButtons(record));

        if (record.Flow is not null)
        {
            Reached.Add((record.Flow, record.Node!));
        }

        return record;
    }

    /// <summary>
    /// Flow and step, plus the answers the flow's guards read, but only at steps from which a guarded
    /// branch can still be reached (elsewhere earlier answers change nothing, and keeping them would
    /// multiply the walk).
    /// </summary>
    private static string StateKey(ContentBundle content, ConversationRecord record)
    {
        var flow = content.FindFlow(record.Flow);
        if (flow is null || !GuardAhead(flow, record.Node!))
        {
            return $"{record.Flow}|{record.Node}";
        }

        var asks = flow.Nodes.Select(n => n.Ask).Where(a => a is not null).ToHashSet();
        var answers = record.Answers.Where(a => asks.Contains(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value);
        return $"{record.Flow}|{record.Node}|{string.Join(",", answers)}";
    }

    private static bool GuardAhead(FlowDefinition flow, string start)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var id))
        {
            if (!seen.Add(id) || flow.FindNode(id) is not { } node)
            {
                continue;
            }

            foreach (var button in node.Buttons)
            {
                if (button.Next.Any(r => r.If is not null))
                {
                    return true;
                }

                foreach (var target in button.Next.Select(r => r.Goto).Append(button.Goto).OfType<string>())
                {
                    pending.Push(target);
                }
            }
        }

        return false;
    }

    /// <summary>Long texts may be split at spaces or line breaks: compare without whitespace.</summary>
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
