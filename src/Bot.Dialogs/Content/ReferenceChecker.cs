using System.Text;

namespace Bot.Dialogs.Content;

/// <summary>Checks that every reference between steps, flows and guards points somewhere.</summary>
internal static class ReferenceChecker
{
    /// <param name="unreadable">Names of flow files that failed to load: references to them are not reported again.</param>
    public static void Check(
        MenuDefinition menu,
        IReadOnlyDictionary<string, FlowDefinition> flows,
        IReadOnlySet<string> unreadable,
        List<ContentDiagnostic> diagnostics)
    {
        var found = new List<ContentDiagnostic>();
        CheckAll(menu, flows, found);

        // One broken file should produce one error, not one more for every button that names it.
        diagnostics.AddRange(found.Where(d => !unreadable.Any(name =>
            d.Message.StartsWith($"flow '{name}' does not exist", StringComparison.Ordinal))));
    }

    private static void CheckAll(MenuDefinition menu, IReadOnlyDictionary<string, FlowDefinition> flows, List<ContentDiagnostic> diagnostics)
    {
        foreach (var button in menu.Buttons)
        {
            CheckButton(button, null, null, flows, diagnostics);
        }

        foreach (var flow in flows.Values)
        {
            if (flow.FindNode(flow.Start) is null)
            {
                Error(diagnostics, flow.Location, $"start step '{flow.Start}' does not exist{DidYouMean.Hint(flow.Start, flow.Nodes.Select(n => n.Id))}",
                    "set 'start:' to the id of a step in this file");
            }

            foreach (var node in flow.Nodes)
            {
                foreach (var button in node.Buttons)
                {
                    CheckButton(button, flow, node, flows, diagnostics);
                }
            }
        }
    }

    private static void CheckButton(
        ButtonDefinition button,
        FlowDefinition? flow,
        NodeDefinition? node,
        IReadOnlyDictionary<string, FlowDefinition> flows,
        List<ContentDiagnostic> diagnostics)
    {
        var payload = Payloads.Button(flow?.Id ?? Payloads.MenuFlow, node?.Id ?? Payloads.MenuNode, button.Key);
        if (Encoding.UTF8.GetByteCount(payload) > Payloads.MaxBytes)
        {
            Error(diagnostics, button.Location, $"the button payload '{payload}' is longer than {Payloads.MaxBytes} bytes",
                "use shorter flow, step or button ids");
        }

        if (button.Goto is { } target)
        {
            CheckStep(target, flow, button.Location, diagnostics);
        }

        foreach (var rule in button.Next)
        {
            CheckStep(rule.Goto, flow, rule.Location, diagnostics);
            if (rule.If is { } guard && flow is not null && !flow.Guards.ContainsKey(guard))
            {
                Error(diagnostics, rule.Location, $"guard '{guard}' is not defined{DidYouMean.Hint(guard, flow.Guards.Keys)}",
                    "define it under 'guards:' at the top of the flow");
            }
        }

        if (button.Flow is { } flowRef)
        {
            var parts = flowRef.Split('.', 2);
            if (!flows.TryGetValue(parts[0], out var other))
            {
                Error(diagnostics, button.Location, $"flow '{parts[0]}' does not exist{DidYouMean.Hint(parts[0], flows.Keys)}",
                    "use the 'id:' of a file in flows/");
            }
            else if (parts.Length == 2 && other.FindNode(parts[1]) is null)
            {
                Error(diagnostics, button.Location, $"flow '{parts[0]}' has no step '{parts[1]}'{DidYouMean.Hint(parts[1], other.Nodes.Select(n => n.Id))}",
                    "use 'flow.step' with an existing step id");
            }
        }

        if (flow is null && (button.Goto is not null || button.Next.Count > 0 || button.Answer is not null))
        {
            Error(diagnostics, button.Location, "menu buttons can only open a flow, a link, or do an action",
                "use 'flow: <id>' here");
        }
    }

    private static void CheckStep(string target, FlowDefinition? flow, SourceLocation at, List<ContentDiagnostic> diagnostics)
    {
        if (flow is not null && flow.FindNode(target) is null)
        {
            Error(diagnostics, at, $"step '{target}' does not exist in flow '{flow.Id}'{DidYouMean.Hint(target, flow.Nodes.Select(n => n.Id))}",
                "use the id of a step in this file, or 'flow: <flow>.<step>' for another flow");
        }
    }

    private static void Error(List<ContentDiagnostic> diagnostics, SourceLocation at, string message, string fix) =>
        diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error, message, fix));
}
