namespace Bot.Dialogs.Content;

/// <summary>
/// The fixed names of card sections: the key editors write, the suffix of the step it becomes,
/// and the translated button label (the same on every card, so residents learn them once).
/// </summary>
public static class CardSections
{
    /// <summary>Every section in display order: documents → fee_time → online → in_person → note.</summary>
    public static readonly IReadOnlyList<CardSectionKind> Order =
        [CardSectionKind.Documents, CardSectionKind.FeeTime, CardSectionKind.Online, CardSectionKind.InPerson, CardSectionKind.Note];

    /// <summary>The YAML keys under <c>sections:</c>, in display order.</summary>
    public static readonly IReadOnlyList<string> Keys = Order.Select(Key).ToArray();

    /// <summary>The key written in the card file, e.g. "fee_time".</summary>
    public static string Key(CardSectionKind kind) => kind switch
    {
        CardSectionKind.Documents => "documents",
        CardSectionKind.FeeTime => "fee_time",
        CardSectionKind.Online => "online",
        CardSectionKind.InPerson => "in_person",
        _ => "note",
    };

    /// <summary>The suffix of the section's step id: card "passport" → step "passport_docs".</summary>
    public static string StepSuffix(CardSectionKind kind) => kind switch
    {
        CardSectionKind.Documents => "docs",
        CardSectionKind.FeeTime => "fee",
        CardSectionKind.Online => "online",
        CardSectionKind.InPerson => "office",
        _ => "note",
    };

    /// <summary>The section's button label (Vietnamese and English).</summary>
    public static LocalizedText Label(CardSectionKind kind) => kind switch
    {
        CardSectionKind.Documents => new("Giấy tờ cần có", "Documents needed"),
        CardSectionKind.FeeTime => new("Lệ phí, thời gian", "Fee and time"),
        CardSectionKind.Online => new("Làm trên mạng", "Do it online"),
        CardSectionKind.InPerson => new("Làm trực tiếp", "In person"),
        _ => new("Lưu ý", "Good to know"),
    };

    /// <summary>The section named by a card file key, or null.</summary>
    public static CardSectionKind? FromKey(string key)
    {
        foreach (var kind in Order)
        {
            if (Key(kind) == key)
            {
                return kind;
            }
        }

        return null;
    }
}
