namespace Bot.Dialogs.Tools;

/// <summary>
/// A layered layout of a <see cref="FlowPicture"/>: the start step on top, each step one layer below the first step
/// that leads to it, boxes ordered under their parents, and a wide layer folded into several rows.
/// </summary>
/// <remarks>
/// Deliberately simple (breadth-first layers and one barycentre pass) so the output is stable: the same content
/// always gives the same picture, byte for byte, which lets a test keep the committed SVGs in step with the content.
/// Rows are folded at <see cref="PerRow"/> boxes so a flow with thirty answers stays readable on a phone by scrolling
/// a little sideways rather than a lot.
/// </remarks>
internal sealed class FlowLayout
{
    public const int BoxWidth = 210;
    public const int GapX = 50;
    public const int GapY = 96;
    public const int Margin = 20;
    public const int Header = 64;
    public const int PerRow = 5;
    public const int LineHeight = 15;
    public const int CharsPerLine = 28;
    public const int MaxTextLines = 3;

    /// <summary>Room on the right for arrows that go back up, which bulge outwards past the boxes.</summary>
    public const int BackRoom = 90;

    /// <summary>Wide enough for the title and the legend above the boxes.</summary>
    public const int MinWidth = 720;

    /// <summary>Where a box sits, and the lines written in it (its text wrapped).</summary>
    public sealed record Placed(FlowPicture.Box Box, int X, int Y, int Height, int Row, IReadOnlyList<string> Lines);

    public required IReadOnlyDictionary<string, Placed> Boxes { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    public static FlowLayout Of(FlowPicture picture)
    {
        var layers = Layers(picture);
        var parents = picture.Arrows.GroupBy(a => a.To, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.From).ToList(), StringComparer.Ordinal);

        // Order each layer under its parents (mean position of the parents already placed), ties kept in file order.
        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        var ordered = new List<List<FlowPicture.Box>>();
        foreach (var layer in layers)
        {
            var sorted = layer
                .Select((box, index) => (box, index, key: parents.GetValueOrDefault(box.Id) is { } from && from.Where(position.ContainsKey).ToList() is { Count: > 0 } known
                    ? known.Average(p => position[p])
                    : double.MaxValue))
                .OrderBy(t => t.key).ThenBy(t => t.index).Select(t => t.box).ToList();
            for (var i = 0; i < sorted.Count; i++)
            {
                position[sorted[i].Id] = i * (double)PerRow / Math.Max(sorted.Count, PerRow);
            }

            ordered.Add(sorted);
        }

        var rows = ordered.SelectMany(layer => layer.Chunk(PerRow)).ToList();
        var columns = Math.Min(PerRow, rows.Count == 0 ? 1 : rows.Max(r => r.Length));
        var boxesWidth = (2 * Margin) + (columns * BoxWidth) + ((columns - 1) * GapX);
        var width = Math.Max(boxesWidth + BackRoom, MinWidth);
        var placed = new Dictionary<string, Placed>(StringComparer.Ordinal);
        var y = Margin + Header;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var rowWidth = (row.Length * BoxWidth) + ((row.Length - 1) * GapX);
            var x = (boxesWidth - rowWidth) / 2;
            var tallest = 0;
            foreach (var box in row)
            {
                var lines = Wrap(box.Text);
                var height = 16 + 20 + (lines.Count * LineHeight);
                placed[box.Id] = new Placed(box, x, y, height, r, lines);
                tallest = Math.Max(tallest, height);
                x += BoxWidth + GapX;
            }

            y += tallest + GapY;
        }

        return new FlowLayout { Boxes = placed, Width = width, Height = y - GapY + Margin };
    }

    /// <summary>Breadth-first from the start; steps no button reaches (typed words open them) start their own walk.</summary>
    private static List<List<FlowPicture.Box>> Layers(FlowPicture picture)
    {
        var byId = picture.Boxes.ToDictionary(b => b.Id, StringComparer.Ordinal);
        var next = picture.Arrows.GroupBy(a => a.From, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.To).ToList(), StringComparer.Ordinal);
        var layerOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = picture.Boxes.Where(b => b.Kind == FlowPicture.BoxKind.Start).Concat(picture.Boxes).Select(b => b.Id);
        foreach (var root in roots)
        {
            if (layerOf.ContainsKey(root))
            {
                continue;
            }

            layerOf[root] = 0;
            var queue = new Queue<string>([root]);
            while (queue.TryDequeue(out var id))
            {
                foreach (var to in next.GetValueOrDefault(id) ?? [])
                {
                    if (byId.ContainsKey(to) && layerOf.TryAdd(to, layerOf[id] + 1))
                    {
                        queue.Enqueue(to);
                    }
                }
            }
        }

        return picture.Boxes.GroupBy(b => layerOf[b.Id]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <summary>The text in lines of about <see cref="CharsPerLine"/> characters, at most <see cref="MaxTextLines"/>, cut with "…".</summary>
    internal static IReadOnlyList<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var piece = word.Length > CharsPerLine ? word[..(CharsPerLine - 1)] + "…" : word;
            if (line.Length == 0)
            {
                line = piece;
            }
            else if (line.Length + 1 + piece.Length <= CharsPerLine)
            {
                line += " " + piece;
            }
            else
            {
                lines.Add(line);
                line = piece;
                if (lines.Count == MaxTextLines)
                {
                    break;
                }
            }
        }

        if (line.Length > 0 && lines.Count < MaxTextLines)
        {
            lines.Add(line);
        }
        else if (lines.Count == MaxTextLines && string.Join(' ', lines).Length < text.Length)
        {
            var last = lines[^1];
            lines[^1] = (last.Length >= CharsPerLine ? last[..(CharsPerLine - 1)] : last) + "…";
        }

        return lines;
    }
}
