namespace Bot.Channels.Telegram.Qr;

/// <summary>What a QR sheet prints: the topics (flows), and the procedure cards an office chose.</summary>
/// <param name="Flows">True to print one code per topic residents can open.</param>
/// <param name="Cards">Card ids to print, in the order given; null for none, or <see cref="AllCards"/>.</param>
public sealed record QrSelection(bool Flows, IReadOnlyList<string>? Cards)
{
    /// <summary>The word that selects every card.</summary>
    public const string AllCards = "all";

    /// <summary>The topics only (the sheet printed before cards existed).</summary>
    public static QrSelection Default { get; } = new(true, null);

    /// <summary>Reads "passport,ct07" or "all" (spaces ignored); null or empty selects no card.</summary>
    public static QrSelection Parse(string? cards, bool flows = true)
    {
        var ids = (cards ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new QrSelection(flows, ids.Length == 0 ? null : ids);
    }
}
