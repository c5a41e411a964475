using Bot.Testing.Telegram;
using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>A resident completes every dialog in content/flows on Telegram, with buttons and with typed text.</summary>
public sealed class FlowWalkTests
{
    private const int MaxPressesPerFlow = 300;

    [Theory]
    [InlineData(TelegramMode.Webhook)]
    [InlineData(TelegramMode.Polling)]
    public async Task EveryStepOfEveryFlowIsReachedByPressingButtons(TelegramMode mode)
    {
        await using var host = await TelegramTestHost.StartAsync(mode);
        var content = host.Services.GetRequiredService<IEngineProvider>().Current.Content;
        Assert.NotEmpty(content.Flows);

        var chat = 700_000L;
        foreach (var flow in content.Flows.Values)
        {
            chat++;
            var first = await StartFlowAsync(host, content, flow, chat);
            var visited = await WalkAsync(host, content, flow, first);

            var expected = ReachableNodes(flow, guarded: false);
            var missing = expected.Except(visited).ToList();
            Assert.True(missing.Count == 0, $"flow {flow.Id} ({mode}): steps never shown: {string.Join(", ", missing)}");

            // Steps behind a guard depend on earlier answers the walk may not have given: open them by deep link.
            foreach (var node in ReachableNodes(flow, guarded: true).Except(visited))
            {
                chat++;
                var shown = await host.SendTextAsync(chat, $"/start {flow.Id}__{node}");
                Assert.Equal(flow.FindNode(node)!.Text.Vi, shown[^1].Text);
            }
        }

        Assert.True(host.Api.AllCallbackQueriesAnswered, "every button press must be answered (no endless spinner)");
        var refused = host.Api.Requests.Where(r => r.Status != 200 && r.Method is "sendMessage" or "answerCallbackQuery").ToList();
        Assert.True(refused.Count == 0, "Telegram refused: " + string.Join("; ", refused.Select(r => r.Description)));
    }

    [Theory]
    [InlineData(TelegramMode.Webhook)]
    [InlineData(TelegramMode.Polling)]
    public async Task TypedExamplePhrasesAndNumbersLeadWhereButtonsDo(TelegramMode mode)
    {
        await using var host = await TelegramTestHost.StartAsync(mode);
        var content = host.Services.GetRequiredService<IEngineProvider>().Current.Content;

        var chat = 710_000L;
        foreach (var flow in content.Flows.Values.Where(f => f.Routable))
        {
            foreach (var example in flow.Examples.Take(3))
            {
                chat++;
                await host.SendTextAsync(chat, "/start");
                var replies = await host.SendTextAsync(chat, example);
                Assert.NotEmpty(replies);
                var last = replies[^1];
                var landed = flow.Nodes.Any(n => n.Text.Vi == last.Text);
                var offered = last.Buttons.Any(b => b.CallbackData?.StartsWith("f:" + flow.Id, StringComparison.Ordinal) == true);
                Assert.True(landed || offered, $"typing \"{example}\" neither opened {flow.Id} nor offered it; bot said: {last.Text}");
            }

            // Typing "1" at the flow's first step does what pressing its first button does.
            chat++;
            var start = (await host.SendTextAsync(chat, "/start " + flow.Id))[^1];
            var firstButton = start.Buttons.First(b => b.CallbackData is not null);
            var typed = await host.SendTextAsync(chat, "1");
            chat++;
            var again = (await host.SendTextAsync(chat, "/start " + flow.Id))[^1];
            var pressed = await host.PressAsync(again, firstButton.CallbackData!);
            Assert.Equal(pressed.Select(m => m.Text), typed.Select(m => m.Text));
        }
    }

    private static async Task<FakeMessage> StartFlowAsync(TelegramTestHost host, ContentBundle content, FlowDefinition flow, long chat)
    {
        var greeting = await host.SendTextAsync(chat, "/start");
        Assert.NotEmpty(greeting);
        var menu = greeting[^1];
        var menuButton = content.Menu.Buttons.FirstOrDefault(b => b.Flow == flow.Id || b.Flow?.StartsWith(flow.Id + ".", StringComparison.Ordinal) == true);
        var replies = menuButton is null
            ? await host.SendTextAsync(chat, "/start " + flow.Id) // not on the menu: its deep link opens it
            : await host.PressAsync(menu, Payloads.Button(Payloads.MenuFlow, Payloads.MenuNode, menuButton.Key));
        Assert.NotEmpty(replies);
        return replies[^1];
    }

    /// <summary>Presses every button breadth-first (each payload once: an old message's button still works); returns the steps seen.</summary>
    private static async Task<HashSet<string>> WalkAsync(TelegramTestHost host, ContentBundle content, FlowDefinition flow, FakeMessage first)
    {
        var visited = new HashSet<string>();
        var pressedPayloads = new HashSet<string>();
        var queue = new Queue<FakeMessage>();
        queue.Enqueue(first);
        Record(first);
        var presses = 0;
        while (queue.TryDequeue(out var message) && presses < MaxPressesPerFlow)
        {
            foreach (var button in message.Buttons)
            {
                if (button.Url is not null)
                {
                    Assert.StartsWith("http", button.Url, StringComparison.Ordinal);
                    continue;
                }

                var data = button.CallbackData!;
                if (!data.StartsWith("b:" + flow.Id + ":", StringComparison.Ordinal) || !pressedPayloads.Add(data))
                {
                    continue; // other flows are walked on their own; commands lead back to known places
                }

                presses++;
                var replies = await host.PressAsync(message, data);
                Assert.True(replies.Count > 0, $"pressing {data} got no answer");
                foreach (var reply in replies)
                {
                    Record(reply);
                    queue.Enqueue(reply);
                }
            }
        }

        return visited;

        void Record(FakeMessage message)
        {
            foreach (var node in flow.Nodes.Where(n => n.Text.Vi == message.Text))
            {
                visited.Add(node.Id);
            }

            foreach (var payload in message.Buttons.Select(b => b.CallbackData).OfType<string>())
            {
                var parts = payload.Split(':');
                if (parts is ["b", var f, var n, _] && f == flow.Id)
                {
                    visited.Add(n);
                    Assert.Equal(content.FindFlow(f)!.FindNode(n)!.Text.Vi, message.Text);
                }
            }
        }
    }

    /// <summary>Steps reachable from the flow's start through its own buttons (goto, unguarded next, and guarded next if asked).</summary>
    private static HashSet<string> ReachableNodes(FlowDefinition flow, bool guarded)
    {
        var seen = new HashSet<string> { flow.Start };
        var queue = new Queue<string>([flow.Start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var button in flow.FindNode(id)?.Buttons ?? [])
            {
                var targets = button.Next.Where(r => guarded || r.If is null).Select(r => r.Goto).Append(button.Goto).OfType<string>();
                foreach (var target in targets.Where(t => flow.FindNode(t) is not null && seen.Add(t)))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return seen;
    }
}
