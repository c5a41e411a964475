using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Stateless.Graph;

namespace Bot.Dialogs.Tools;

/// <summary>Diagrams of a flow, drawn by Stateless's own exporters from the compiled machine.</summary>
/// <remarks>
/// Guards are labelled by their <c>description</c>, so a branch reads "có thẻ chip và SIM chính chủ"; button
/// edges carry the button's text as residents see it ("Tôi muốn làm mức 2"), not its payload code.
/// </remarks>
public static partial class DialogGraph
{
    /// <summary>Mermaid <c>stateDiagram-v2</c> text for <paramref name="flowId"/>.</summary>
    public static string Mermaid(DialogEngine engine, string flowId) =>
        WithButtonTexts(engine.Content, MermaidGraph.Format(engine.BuildMachine(flowId).GetInfo()).ReplaceLineEndings("\n"));

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

            Generated from {from}; do not edit by hand. The picture is drawn by our own SVG writer (`DialogSvg`), the
            text below by Stateless's `MermaidGraph`; the dashboard shows the same picture at `/admin/dialogs/{flow.Id}`.
            Regenerate: `{RegenerateCommand}`

            ![Flow {flow.Id}: arrows labelled with button texts]({flow.Id}.svg)

            ```mermaid
            {Mermaid(engine, flowId).TrimEnd()}
            ```

            """.ReplaceLineEndings("\n");
    }

    /// <summary>The command that rewrites every page under docs/dialogs.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Bot.Host -- content graph --all --write docs/dialogs";

    [GeneratedRegex(@"(?<= : )[bf]:[^\s\[\]]+", RegexOptions.CultureInvariant)]
    private static partial Regex EdgeTrigger();

    // Stateless labels an edge with its trigger, which for us is a payload code; editors read button texts.
    private static string WithButtonTexts(ContentBundle content, string mermaid)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var button in content.Menu.Buttons)
        {
            labels[Payloads.Button(Payloads.MenuFlow, Payloads.MenuNode, button.Key)] = Quoted(button.Label.Vi);
        }

        foreach (var flow in content.Flows.Values)
        {
            labels[Payloads.Flow(flow.Id)] = "chủ đề " + Quoted(flow.Title.Vi);
            foreach (var node in flow.Nodes)
            {
                labels[Payloads.Flow(flow.Id, node.Id)] = "tới bước " + node.Id;
                foreach (var button in node.Buttons)
                {
                    labels[Payloads.Button(flow.Id, node.Id, button.Key)] = Quoted(button.Label.Vi);
                }
            }
        }

        return EdgeTrigger().Replace(mermaid, m => labels.GetValueOrDefault(m.Value, m.Value));
    }

    // Mermaid ends a transition label at ';' and reads '#' as an entity; neither belongs in a button text anyway.
    private static string Quoted(string text) => "“" + text.Replace(';', ',').Replace('#', '№').Replace('\n', ' ') + "”";

    /// <summary>File name → text for every flow: its page (<c>{flow}.md</c>) and its picture (<c>{flow}.svg</c>).</summary>
    public static IReadOnlyDictionary<string, string> AllPages(DialogEngine engine) =>
        engine.Content.Flows.Keys
            .SelectMany(id => new[] { (Name: id + ".md", Text: Markdown(engine, id)), (Name: id + ".svg", Text: DialogSvg.Render(engine.Content, id)) })
            .ToDictionary(p => p.Name, p => p.Text, StringComparer.Ordinal);
}
