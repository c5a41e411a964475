using Bot.Dialogs.Content;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tools;

/// <summary>Checks over the shape of the dialogs: unreachable steps and flows, dead ends, shared example phrases.</summary>
internal static class StructureChecks
{
    public static void Run(ValidationContext context)
    {
        var flows = context.Bundle.Flows;
        var enteredFromOutside = FlowEntries(context.Bundle);
        foreach (var flow in flows.Values)
        {
            if (!enteredFromOutside.Contains(flow.Id) && !flow.Routable)
            {
                context.Warning(flow.Location, $"flow '{flow.Id}' cannot be reached: no menu button or other flow opens it and it is not routable",
                    $"add 'flow: {flow.Id}' to a menu button, or remove 'routable: false'");
            }

            var reachable = Reachable(flow, context.Bundle);
            foreach (var node in flow.Nodes.Where(n => !reachable.Contains(n.Id)))
            {
                context.Warning(node.Location, $"step '{node.Id}' cannot be reached from the start of flow '{flow.Id}'",
                    $"add a button with 'goto: {node.Id}' to an earlier step, or remove the step");
            }

            foreach (var node in flow.Nodes)
            {
                CheckDeadEnd(context, flow, node);
            }
        }

        CheckSharedExamples(context);
    }

    /// <summary>Flows that a menu button or another flow's button opens.</summary>
    private static HashSet<string> FlowEntries(ContentBundle bundle)
    {
        var entries = new HashSet<string>(StringComparer.Ordinal);
        var buttons = bundle.Menu.Buttons.Concat(bundle.Flows.Values.SelectMany(f => f.Nodes).SelectMany(n => n.Buttons));
        foreach (var button in buttons)
        {
            if (button.Flow is { } target)
            {
                entries.Add(target.Split('.', 2)[0]);
            }
        }

        return entries;
    }

    /// <summary>Steps reachable from the start, from other flows' <c>flow: id.step</c> buttons, or by their own example phrases.</summary>
    private static HashSet<string> Reachable(FlowDefinition flow, ContentBundle bundle)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        void Visit(string id)
        {
            if (flow.FindNode(id) is not null && seen.Add(id))
            {
                queue.Enqueue(id);
            }
        }

        Visit(flow.Start);
        foreach (var node in flow.Nodes.Where(n => flow.Routable && n.Examples.Count > 0))
        {
            Visit(node.Id);
        }

        var allButtons = bundle.Menu.Buttons.Concat(bundle.Flows.Values.SelectMany(f => f.Nodes).SelectMany(n => n.Buttons));
        foreach (var button in allButtons)
        {
            if (button.Flow is { } target && target.Split('.', 2) is [var f, var n] && f == flow.Id)
            {
                Visit(n);
            }
        }

        while (queue.TryDequeue(out var id))
        {
            foreach (var button in flow.FindNode(id)!.Buttons)
            {
                if (button.Goto is { } next)
                {
                    Visit(next);
                }

                foreach (var rule in button.Next)
                {
                    Visit(rule.Goto);
                }
            }
        }

        return seen;
    }

    /// <summary>
    /// The engine adds "back" and "main menu" buttons to every step unless <c>nav: false</c>; such a
    /// step must offer its own way on, or the resident is stuck.
    /// </summary>
    private static void CheckDeadEnd(ValidationContext context, FlowDefinition flow, NodeDefinition node)
    {
        if (node.ShowNavigation)
        {
            return;
        }

        var leads = node.Buttons.Any(b => b.Goto is not null || b.Flow is not null || b.Next.Count > 0 || b.Action != ButtonAction.None);
        if (!leads)
        {
            context.Error(node.Location, $"step '{node.Id}' of flow '{flow.Id}' is a dead end: 'nav: false' hides back and menu and no button leads on",
                "remove 'nav: false', or add a button with 'goto:', 'flow:' or 'action: menu'");
        }
    }

    /// <summary>An example phrase listed under two flows makes routing guess; one flow must own it.</summary>
    private static void CheckSharedExamples(ValidationContext context)
    {
        var owners = new Dictionary<string, (string Flow, SourceLocation At)>(StringComparer.Ordinal);
        foreach (var flow in context.Bundle.Flows.Values.Where(f => f.Routable))
        {
            var phrases = flow.Examples.Select(e => (e, flow.Location))
                .Concat(flow.Nodes.SelectMany(n => n.Examples.Select(e => (e, n.Location))));
            foreach (var (phrase, at) in phrases)
            {
                var folded = VietnameseText.Fold(phrase);
                if (owners.TryGetValue(folded, out var owner))
                {
                    if (owner.Flow != flow.Id)
                    {
                        context.Warning(context.Locate(at, folded),
                            $"example phrase '{phrase}' is also an example of flow '{owner.Flow}' ({owner.At.File}), so typed text cannot tell them apart",
                            "keep the phrase in one flow only, or make each more specific");
                    }

                    continue;
                }

                owners[folded] = (flow.Id, at);
            }
        }
    }
}
