using System.Globalization;
using System.Text;
using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>
/// A flow drawn as SVG by our own small writer: boxes with each step's opening words, arrows labelled with the
/// button texts residents press. Written to <c>docs/dialogs/{flow}.svg</c> and shown on the dashboard.
/// </summary>
/// <remarks>
/// No external tool, font or script: the picture must render the same on an offline server, in a code review and
/// on the dashboard, whose Content-Security-Policy forbids inline styles (so only presentation attributes are used,
/// never <c>style</c>). Text widths are estimated (no font metrics on a server), hence generous boxes.
/// </remarks>
public static class DialogSvg
{
    private const int LabelChars = 34;

    /// <summary>The SVG picture of <paramref name="flowId"/>.</summary>
    public static string Render(ContentBundle content, string flowId)
    {
        var picture = FlowPicture.Of(content, flowId);
        var layout = FlowLayout.Of(picture);
        var svg = new StringBuilder();
        var title = $"Luồng {picture.Flow.Id}: {OneLine(picture.Flow.Title.Vi)}";
        svg.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{layout.Width}" height="{layout.Height}" viewBox="0 0 {layout.Width} {layout.Height}" role="img" aria-labelledby="flow-title" font-family="system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif">""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<title id="flow-title">{Escape(title)}</title>""").Append('\n');
        svg.Append("""<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#475569"/></marker></defs>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<rect width="{layout.Width}" height="{layout.Height}" fill="#ffffff"/>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{FlowLayout.Margin}" y="{FlowLayout.Margin + 18}" font-size="18" font-weight="bold" fill="#0f172a">{Escape(title)}</text>""").Append('\n');
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{FlowLayout.Margin}" y="{FlowLayout.Margin + 40}" font-size="12" fill="#475569">Mũi tên: nút người dân bấm (lời trên nút). Viền xanh: bước đầu; viền đứt: bước mở bằng lời gõ; xám: luồng khác.</text>""").Append('\n');

        foreach (var arrow in picture.Arrows)
        {
            Arrow(svg, layout.Boxes[arrow.From], layout.Boxes[arrow.To], arrow.Label, layout.Width);
        }

        foreach (var placed in layout.Boxes.Values)
        {
            Box(svg, placed);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>File name (<c>{flow}.svg</c>) → picture, for every flow.</summary>
    public static IReadOnlyDictionary<string, string> AllPictures(ContentBundle content) =>
        content.Flows.Keys.ToDictionary(id => id + ".svg", id => Render(content, id), StringComparer.Ordinal);

    private static void Box(StringBuilder svg, FlowLayout.Placed placed)
    {
        var (fill, stroke, dash) = placed.Box.Kind switch
        {
            FlowPicture.BoxKind.Start => ("#e0ecff", "#1d4ed8", ""),
            FlowPicture.BoxKind.Typed => ("#ffffff", "#475569", " stroke-dasharray=\"6 4\""),
            FlowPicture.BoxKind.OtherFlow => ("#f1f5f9", "#94a3b8", ""),
            _ => ("#ffffff", "#475569", ""),
        };
        var (x, y) = (placed.X, placed.Y);
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="flow-step" data-step="{Escape(placed.Box.Id)}">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{y}" width="{FlowLayout.BoxWidth}" height="{placed.Height}" rx="8" fill="{fill}" stroke="{stroke}" stroke-width="1.5"{dash}/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 10}" y="{y + 20}" font-size="13" font-weight="bold" fill="#0f172a">{Escape(placed.Box.Heading)}</text>""");
        for (var i = 0; i < placed.Lines.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 10}" y="{y + 38 + (i * FlowLayout.LineHeight)}" font-size="12" fill="#334155">{Escape(placed.Lines[i])}</text>""");
        }

        svg.Append("</g>\n");
    }

    private static void Arrow(StringBuilder svg, FlowLayout.Placed from, FlowLayout.Placed to, string label, int width)
    {
        string path;
        (int X, int Y) middle;
        if (to.Row > from.Row)
        {
            // Downwards: bottom centre to top centre.
            var (x1, y1) = (from.X + (FlowLayout.BoxWidth / 2), from.Y + from.Height);
            var (x2, y2) = (to.X + (FlowLayout.BoxWidth / 2), to.Y);
            var bend = Math.Max(30, (y2 - y1) / 2);
            path = $"M{x1},{y1} C{x1},{y1 + bend} {x2},{y2 - bend} {x2},{y2}";
            middle = Bezier(0.7, x1, y1, x1, y1 + bend, x2, y2 - bend, x2, y2); // nearer the target, where the arrows of one step fan out
        }
        else if (to == from)
        {
            // A button that shows the same step again: a small loop on its right.
            var (x1, y1) = (from.X + FlowLayout.BoxWidth, from.Y + 12);
            var y2 = from.Y + from.Height - 12;
            path = $"M{x1},{y1} C{x1 + 40},{y1} {x1 + 40},{y2} {x1},{y2}";
            middle = (x1 + 30, (y1 + y2) / 2);
        }
        else
        {
            // Back up (or along the same row): right side to right side, bulging outwards so it does not cross the boxes.
            var (x1, y1) = (from.X + FlowLayout.BoxWidth, from.Y + (from.Height / 2));
            var (x2, y2) = (to.X + FlowLayout.BoxWidth, to.Y + (to.Height / 2));
            var bulge = Math.Min(Math.Max(x1, x2) + 24 + (Math.Abs(y1 - y2) / 12), width - 8);
            path = $"M{x1},{y1} C{bulge},{y1} {bulge},{y2} {x2},{y2}";
            middle = Bezier(0.5, x1, y1, bulge, y1, bulge, y2, x2, y2);
        }

        var text = label.Length > LabelChars ? label[..(LabelChars - 1)] + "…" : label;
        var labelWidth = (int)Math.Ceiling(text.Length * 6.2) + 10;
        var labelX = Math.Clamp(middle.X, (labelWidth / 2) + 2, width - (labelWidth / 2) - 2); // never cut at the picture's edge
        svg.Append(CultureInfo.InvariantCulture, $"""<g class="flow-button"><title>{Escape(label)}</title>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<path d="{path}" fill="none" stroke="#64748b" stroke-width="1.3" marker-end="url(#arrow)"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{labelX - (labelWidth / 2)}" y="{middle.Y - 9}" width="{labelWidth}" height="18" rx="4" fill="#fff7e6" stroke="#f0b44c" stroke-width="0.8"/>""");
        svg.Append(CultureInfo.InvariantCulture, $"""<text x="{labelX}" y="{middle.Y + 4}" font-size="11" text-anchor="middle" fill="#7c2d12">{Escape(text)}</text>""");
        svg.Append("</g>\n");
    }

    /// <summary>The point at <paramref name="t"/> (0 = start, 1 = end) along a cubic Bézier curve, rounded to whole pixels.</summary>
    private static (int X, int Y) Bezier(double t, int x0, int y0, int x1, int y1, int x2, int y2, int x3, int y3)
    {
        var u = 1 - t;
        double At(int a, int b, int c, int d) => (u * u * u * a) + (3 * u * u * t * b) + (3 * u * t * t * c) + (t * t * t * d);
        return ((int)Math.Round(At(x0, x1, x2, x3)), (int)Math.Round(At(y0, y1, y2, y3)));
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
