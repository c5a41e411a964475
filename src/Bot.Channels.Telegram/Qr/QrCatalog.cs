using Bot.Dialogs.Content;
using QRCoder;

namespace Bot.Channels.Telegram.Qr;

/// <summary>Builds the QR codes for the flows residents can open (officer-only flows are left out) and the chosen procedure cards.</summary>
public static class QrCatalog
{
    /// <summary>One code per routable flow whose id can be a start payload, in content order.</summary>
    public static IReadOnlyList<QrCard> Build(ContentBundle content, string botUsername) => Build(content, botUsername, QrSelection.Default);

    /// <summary>The codes <paramref name="selection"/> asks for: the flows (content order), then the cards (in the order chosen).</summary>
    /// <remarks>Unknown card ids are left out; check them first with <see cref="UnknownCards"/>.</remarks>
    public static IReadOnlyList<QrCard> Build(ContentBundle content, string botUsername, QrSelection selection)
    {
        var codes = new List<QrCard>();
        if (selection.Flows)
        {
            foreach (var flow in content.Flows.Values)
            {
                if (flow.Routable && DeepLinks.Payload(flow.Id) is { } payload)
                {
                    codes.Add(Code(payload, flow.Title.Vi, botUsername));
                }
            }
        }

        foreach (var card in SelectedCards(content, selection))
        {
            if (DeepLinks.Payload(card.Topic, card.Id) is { } payload)
            {
                codes.Add(Code(payload, card.Title.Vi, botUsername));
            }
        }

        return codes;
    }

    /// <summary>The chosen card ids that no card has, each with the closest existing id when there is one.</summary>
    public static IReadOnlyList<string> UnknownCards(ContentBundle content, QrSelection selection) =>
        (selection.Cards ?? [])
            .Where(id => id != QrSelection.AllCards && content.FindCard(id) is null)
            .Select(id => id + DidYouMean.Hint(id, content.Cards.Select(c => c.Id)))
            .ToList();

    /// <summary>The deep link a start payload stands for, if it names a routable flow or a card ("services__passport").</summary>
    public static string? LinkFor(ContentBundle content, string botUsername, string name)
    {
        if (content.FindFlow(name) is { Routable: true } flow && DeepLinks.Payload(flow.Id) is { } flowPayload)
        {
            return DeepLinks.Link(botUsername, flowPayload);
        }

        var card = content.Cards.FirstOrDefault(c => DeepLinks.Payload(c.Topic, c.Id) == name);
        return card is null ? null : DeepLinks.Link(botUsername, name);
    }

    /// <summary>A PNG QR code for <paramref name="text"/>: error correction level Q (survives a smudged print), 12 px per module.</summary>
    public static byte[] Png(string text, int pixelsPerModule = 12)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(pixelsPerModule);
    }

    private static IEnumerable<ProcedureCard> SelectedCards(ContentBundle content, QrSelection selection)
    {
        if (selection.Cards is not { } ids)
        {
            return [];
        }

        return ids.Contains(QrSelection.AllCards)
            ? content.Cards
            : ids.Distinct(StringComparer.Ordinal).Select(content.FindCard).OfType<ProcedureCard>();
    }

    private static QrCard Code(string payload, string caption, string botUsername)
    {
        var link = DeepLinks.Link(botUsername, payload);
        return new QrCard(payload, caption, link, Png(link));
    }
}
