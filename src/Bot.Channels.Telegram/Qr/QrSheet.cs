using System.Net;
using System.Text;

namespace Bot.Channels.Telegram.Qr;

/// <summary>A printable A4 sheet of QR codes for notice boards: one self-contained HTML file, images inlined.</summary>
public static class QrSheet
{
    /// <summary>First instruction line printed under every code.</summary>
    public const string StepOne = "1. Mở Telegram hoặc camera điện thoại, quét mã này.";

    /// <summary>Second instruction line.</summary>
    public const string StepTwo = "2. Bấm «Bắt đầu» (START), rồi làm theo hướng dẫn.";

    public static string Build(IReadOnlyList<QrCard> cards, string botUsername)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="vi">
            <head>
            <meta charset="utf-8">
            <title>Mã QR hỏi đáp thủ tục qua Telegram</title>
            <style>
            @page { size: A4; margin: 12mm; }
            * { box-sizing: border-box; }
            body { margin: 0; font-family: "Noto Sans", Arial, sans-serif; color: #000; }
            h1 { font-size: 20pt; text-align: center; margin: 0 0 6mm; }
            .grid { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
            .card { border: 0.4mm solid #000; border-radius: 3mm; padding: 4mm; text-align: center; break-inside: avoid; page-break-inside: avoid; }
            .card img { width: 55mm; height: 55mm; image-rendering: pixelated; }
            .caption { font-size: 15pt; font-weight: bold; margin: 2mm 0; }
            .steps { font-size: 12pt; text-align: left; margin: 2mm 0 0; }
            .link { font-size: 9pt; word-break: break-all; margin-top: 2mm; }
            @media screen { body { max-width: 210mm; margin: 0 auto; padding: 12mm; } }
            </style>
            </head>
            <body>
            <h1>Hỏi đáp thủ tục với trợ lý Công an xã, phường qua Telegram</h1>
            <div class="grid">

            """);
        foreach (var card in cards)
        {
            var caption = WebUtility.HtmlEncode(card.Caption);
            html.Append("<div class=\"card\">\n")
                .Append("<img alt=\"Mã QR: ").Append(caption).Append("\" src=\"data:image/png;base64,")
                .Append(Convert.ToBase64String(card.Png)).Append("\">\n")
                .Append("<div class=\"caption\">").Append(caption).Append("</div>\n")
                .Append("<div class=\"steps\">").Append(WebUtility.HtmlEncode(StepOne)).Append("<br>")
                .Append(WebUtility.HtmlEncode(StepTwo)).Append("</div>\n")
                .Append("<div class=\"link\">").Append(WebUtility.HtmlEncode(card.Link.Replace("https://", "", StringComparison.Ordinal)))
                .Append("</div>\n</div>\n");
        }

        html.Append("</div>\n<p class=\"link\">Telegram: @").Append(WebUtility.HtmlEncode(botUsername.TrimStart('@')))
            .Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }
}
