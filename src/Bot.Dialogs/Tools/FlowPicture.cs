using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// What a flow diagram shows, read from the content (not from the compiled machine): one box per step with its
/// opening words, one arrow per button labelled with the button's text, and a box for each other flow a button opens.
/// </summary>
/// <remarks>
/// The Stateless graph also holds every global command and every "go to step" payload (each step is reachable from
/// anywhere by a deep link), which drowns the picture; editors want to see what a resident can press.
/// Navigation buttons the engine adds (back, menu), links to web pages and plug-in buttons are left out.
/// </remarks>
internal sealed class FlowPicture
{
    /// <summary>One box.</summary>
    /// <param name="Id">The step id (or <c>→flow</c> for another flow).</param>
    /// <param name="Heading">The bold first line.</param>
    /// <param name="Text">The step's Vietnamese text, in one line (wrapped by the writer).</param>
    /// <param name="Kind">Start, ordinary step, step opened by typed words, or another flow.</param>
    public sealed record Box(string Id, string Heading, string Text, BoxKind Kind);

    /// <summary>One arrow, labelled with the texts of the buttons that take it.</summary>
    public sealed record Arrow(string From, string To, string Label);

    public enum BoxKind
    {
        Start,
        Step,
        Typed,
        OtherFlow,
    }

    public required FlowDefinition Flow { get; init; }

    public required IReadOnlyList<Box> Boxes { get; init; }

    public required IReadOnlyList<Arrow> Arrows { get; init; }

    public static FlowPicture Of(ContentBundle content, string flowId)
    {
        var flow = content.Flows[flowId];
        var labels = new Dictionary<(string From, string To), List<string>>();
        var order = new List<(string From, string To)>();
        var others = new List<string>();

        void Add(string from, string to, string label)
        {
            if (!labels.TryGetValue((from, to), out var list))
            {
                labels[(from, to)] = list = [];
                order.Add((from, to));
            }

            if (!list.Contains(label, StringComparer.Ordinal))
            {
                list.Add(label);
            }
        }

        foreach (var node in flow.Nodes)
        {
            foreach (var button in node.Buttons)
            {
                var label = OneLine(button.Label.Vi);
                if (button.Goto is { } target && flow.FindNode(target) is not null)
                {
                    Add(node.Id, target, label);
                }
                else if (button.Flow is { } other)
                {
                    var (otherFlow, otherNode) = other.IndexOf('.') is var dot and >= 0 ? (other[..dot], other[(dot + 1)..]) : (other, null);
                    if (otherFlow == flow.Id && flow.FindNode(otherNode ?? flow.Start) is not null)
                    {
                        Add(node.Id, otherNode ?? flow.Start, label);
                    }
                    else if (content.Flows.ContainsKey(otherFlow))
                    {
                        if (!others.Contains(otherFlow))
                        {
                            others.Add(otherFlow);
                        }

                        Add(node.Id, "→" + otherFlow, label);
                    }
                }

                foreach (var rule in button.Next.Where(r => flow.FindNode(r.Goto) is not null))
                {
                    var when = rule.If is { } guard && flow.Guards.TryGetValue(guard, out var definition)
                        ? definition.Description ?? guard
                        : rule.If ?? "còn lại";
                    Add(node.Id, rule.Goto, $"{label} [{OneLine(when)}]");
                }
            }
        }

        var reached = new HashSet<string>(order.Select(e => e.To), StringComparer.Ordinal) { flow.Start };
        var boxes = flow.Nodes
            .Select(n => new Box(n.Id, n.Id, OneLine(n.Text.Vi),
                n.Id == flow.Start ? BoxKind.Start : !reached.Contains(n.Id) || n.Examples.Count > 0 ? BoxKind.Typed : BoxKind.Step))
            .Concat(others.Select(f => new Box("→" + f, "→ " + f, OneLine(content.Flows[f].Title.Vi), BoxKind.OtherFlow)))
            .ToList();
        var arrows = order.Select(e => new Arrow(e.From, e.To, string.Join(" / ", labels[e]))).ToList();
        return new FlowPicture { Flow = flow, Boxes = boxes, Arrows = arrows };
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
