using Bot.Dialogs.Content;
using QRCoder;

namespace Bot.Channels.Telegram.Qr;

/// <summary>Builds the QR codes for every flow residents can open (officer-only flows are left out).</summary>
public static class QrCatalog
{
    /// <summary>One card per routable flow whose id can be a start payload, in content order.</summary>
    public static IReadOnlyList<QrCard> Build(ContentBundle content, string botUsername)
    {
        var cards = new List<QrCard>();
        foreach (var flow in content.Flows.Values)
        {
            if (flow.Routable && DeepLinks.Payload(flow.Id) is { } payload)
            {
                var link = DeepLinks.Link(botUsername, payload);
                cards.Add(new QrCard(flow.Id, flow.Title.Vi, link, Png(link)));
            }
        }

        return cards;
    }

    /// <summary>A PNG QR code for <paramref name="text"/>: error correction level Q (survives a smudged print), 12 px per module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 12)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }
}
