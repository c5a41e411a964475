using System.Collections.Concurrent;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>Turns a step into the reply a resident sees: its text and its buttons, in their language.</summary>
internal sealed class ReplyRenderer(ContentBundle content)
{
    // Replies are immutable and depend only on these three values, so each is built once per content version.
    private readonly ConcurrentDictionary<(string State, string Locale, bool CanGoBack), Reply> _cache = new();

    /// <summary>The full reply for a state (menu or step).</summary>
    public Reply Render(string state, string locale, bool canGoBack) =>
        _cache.TryGetValue((state, locale, canGoBack), out var cached)
            ? cached
            : _cache.GetOrAdd((state, locale, canGoBack), key => Build(key.State, key.Locale, key.CanGoBack));

    private readonly ConcurrentDictionary<Reply, string[]> _foldedLabels = new(ReferenceEqualityComparer.Instance);

    /// <summary>The folded labels of a reply's buttons (same order), computed once per reply.</summary>
    public string[] FoldedLabels(Reply reply) =>
        _foldedLabels.GetOrAdd(reply, r => r.Buttons.Select(b => Text.VietnameseText.Fold(b.Label)).ToArray());

    /// <summary>The buttons of a state, in display order (numbers typed by residents count from 1 here).</summary>
    public IReadOnlyList<ReplyButton> Buttons(string state, string locale, bool canGoBack) =>
        Render(state, locale, canGoBack).Buttons;

    private Reply Build(string state, string locale, bool canGoBack)
    {
        if (state == StateKeys.Menu)
        {
            var menuButtons = content.Menu.Buttons
                .Select(b => ToButton(Payloads.MenuFlow, Payloads.MenuNode, b, locale))
                .ToList();
            return new Reply(content.Menu.Text.Get(locale), menuButtons);
        }

        var (flowId, nodeId) = StateKeys.Split(state);
        var flow = content.FindFlow(flowId)!;
        var node = flow.FindNode(nodeId!)!;
        var buttons = node.Buttons.Select(b => ToButton(flow.Id, node.Id, b, locale)).ToList();
        if (node.ShowNavigation)
        {
            if (canGoBack && !node.Buttons.Any(b => b.Action == ButtonAction.Back))
            {
                buttons.Add(new ReplyButton(content.Text(TextKeys.BackLabel, locale), Payloads.Command(Commands.Back)));
            }

            if (!node.Buttons.Any(b => b.Action == ButtonAction.Menu))
            {
                buttons.Add(new ReplyButton(content.Text(TextKeys.MenuLabel, locale), Payloads.Command(Commands.Menu)));
            }
        }

        return new Reply(node.Text.Get(locale), buttons);
    }

    private static ReplyButton ToButton(string flow, string node, ButtonDefinition button, string locale) =>
        new(button.Label.Get(locale), button.PlugInPayload ?? Payloads.Button(flow, node, button.Key), button.Url);
}
