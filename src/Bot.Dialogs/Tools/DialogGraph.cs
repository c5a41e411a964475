using Bot.Dialogs.Engine;
using Stateless.Graph;

namespace Bot.Dialogs.Tools;

/// <summary>Diagrams of a flow, drawn by Stateless's own exporters from the compiled machine.</summary>
/// <remarks>Guards are labelled by their <c>description</c>, so a branch reads "có thẻ chip và SIM chính chủ".</remarks>
public static class DialogGraph
{
    /// <summary>Mermaid <c>stateDiagram-v2</c> text for <paramref name="flowId"/>.</summary>
    public static string Mermaid(DialogEngine engine, string flowId) =>
        MermaidGraph.Format(engine.BuildMachine(flowId).GetInfo()).ReplaceLineEndings("\n");

    /// <summary>Graphviz DOT text for <paramref name="flowId"/>.</summary>
    public static string Dot(DialogEngine engine, string flowId) =>
        UmlDotGraph.Format(engine.BuildMachine(flowId).GetInfo()).ReplaceLineEndings("\n");

    /// <summary>The <c>docs/dialogs/{flow}.md</c> page: title, how to regenerate, the Mermaid diagram.</summary>
    public static string Markdown(DialogEngine engine, string flowId)
    {
        var flow = engine.Content.Flows[flowId];
        var cards = engine.Content.Cards.Where(c => c.Topic == flowId).Select(c => $"`content/{c.Location.File}`").ToList();
        var from = cards.Count == 0 ? $"`content/flows/{flow.Id}.yaml`" : $"`content/flows/{flow.Id}.yaml` and its procedure cards ({string.Join(", ", cards)})";
        return $"""
            # Flow `{flow.Id}`: {flow.Title.Vi}

            {flow.Title.En ?? ""}

            Generated from {from} by Stateless's `MermaidGraph`; do not edit by hand.
            Regenerate: `{RegenerateCommand}`

            ```mermaid
            {Mermaid(engine, flowId).TrimEnd()}
            ```

            """.ReplaceLineEndings("\n");
    }

    /// <summary>The command that rewrites every page under docs/dialogs.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Bot.Host -- content graph --all --write docs/dialogs";

    /// <summary>File name → page text for every flow.</summary>
    public static IReadOnlyDictionary<string, string> AllPages(DialogEngine engine) =>
        engine.Content.Flows.Keys.ToDictionary(id => id + ".md", id => Markdown(engine, id), StringComparer.Ordinal);
}
