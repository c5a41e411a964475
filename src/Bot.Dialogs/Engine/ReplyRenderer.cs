using System.Collections.Concurrent;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>Turns a step into the reply a resident sees: its text and its buttons, in their language.</summary>
internal sealed class ReplyRenderer
{
    private readonly ContentBundle _content;

    // Steps marked 'commune_contact' also depend on the commune the resident chose.
    private readonly HashSet<string> _contactStates;

    // Replies are immutable and depend only on these values, so each is built once per content version.
    // The commune is part of the key only on contact steps (null elsewhere), and only for known communes.
    // The channel is part of the key only for channels that hide some buttons (null for every other).
    private readonly ConcurrentDictionary<(string State, string Locale, bool CanGoBack, string? Area, string? Channel), Reply> _cache = new();

    private readonly ConcurrentDictionary<Reply, string[]> _foldedLabels = new(ReferenceEqualityComparer.Instance);

    public ReplyRenderer(ContentBundle content)
    {
        _content = content;
        _contactStates = content.Flows.Values
            .SelectMany(f => f.Nodes.Where(n => n.CommuneContact).Select(n => StateKeys.Node(f.Id, n.Id)))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The full reply for a state (menu or step), given the resident's remembered answers and their channel.</summary>
    /// <param name="channel">The conversation's channel: buttons it cannot serve (<see cref="ChannelRules"/>) are left out.</param>
    public Reply Render(string state, string locale, bool canGoBack, IReadOnlyDictionary<string, string>? answers = null, string? channel = null)
    {
        var key = (state, locale, canGoBack, AreaFor(state, answers), _content.ChannelRules.HidesAnything(channel) ? channel : null);
        return _cache.TryGetValue(key, out var cached)
            ? cached
            : _cache.GetOrAdd(key, k => Build(k.State, k.Locale, k.CanGoBack, k.Area, k.Channel));
    }

    /// <summary>The folded labels of a reply's buttons (same order), computed once per reply.</summary>
    public string[] FoldedLabels(Reply reply) =>
        _foldedLabels.GetOrAdd(reply, r => r.Buttons.Select(b => Text.VietnameseText.Fold(b.Label)).ToArray());

    /// <summary>The buttons of a state, in display order (numbers typed by residents count from 1 here).</summary>
    public IReadOnlyList<ReplyButton> Buttons(string state, string locale, bool canGoBack, IReadOnlyDictionary<string, string>? answers = null, string? channel = null) =>
        Render(state, locale, canGoBack, answers, channel).Buttons;

    /// <summary>True when <paramref name="state"/> is a step that shows the commune police contact.</summary>
    public bool IsContactStep(string state) => _contactStates.Contains(state);

    /// <summary>"" on a contact step without a known commune, the commune's id with one, null on every other step.</summary>
    private string? AreaFor(string state, IReadOnlyDictionary<string, string>? answers)
    {
        if (_contactStates.Count == 0 || !_contactStates.Contains(state))
        {
            return null;
        }

        return answers is not null && answers.TryGetValue(AnswerKeys.Area, out var area) && _content.Communes.Find(area) is not null
            ? area
            : "";
    }

    private Reply Build(string state, string locale, bool canGoBack, string? area, string? channel)
    {
        if (state == StateKeys.Menu)
        {
            var menuButtons = _content.Menu.Buttons
                .Select(b => ToButton(Payloads.MenuFlow, Payloads.MenuNode, b, locale))
                .Where(b => !_content.ChannelRules.Hides(channel, b.Payload))
                .ToList();
            return new Reply(_content.Menu.Text.Get(locale), menuButtons) { Authored = true };
        }

        var (flowId, nodeId) = StateKeys.Split(state);
        var flow = _content.FindFlow(flowId)!;
        var node = flow.FindNode(nodeId!)!;
        var text = node.Text.Get(locale);
        var buttons = node.Buttons
            .Select(b => ToButton(flow.Id, node.Id, b, locale))
            .Where(b => !_content.ChannelRules.Hides(channel, b.Payload))
            .ToList();
        if (area is not null)
        {
            (text, buttons) = CommuneContactView.Apply(_content.Communes, _content.Communes.Find(area), locale, text, buttons);
        }

        if (node.ShowNavigation)
        {
            if (canGoBack && !node.Buttons.Any(b => b.Action == ButtonAction.Back))
            {
                buttons.Add(new ReplyButton(_content.Text(TextKeys.BackLabel, locale), Payloads.Command(Commands.Back)));
            }

            if (!node.Buttons.Any(b => b.Action == ButtonAction.Menu))
            {
                buttons.Add(new ReplyButton(_content.Text(TextKeys.MenuLabel, locale), Payloads.Command(Commands.Menu)));
            }
        }

        return new Reply(text, buttons) { Authored = true };
    }

    private static ReplyButton ToButton(string flow, string node, ButtonDefinition button, string locale) =>
        new(button.Label.Get(locale), button.PlugInPayload ?? Payloads.Button(flow, node, button.Key), button.Url);
}
