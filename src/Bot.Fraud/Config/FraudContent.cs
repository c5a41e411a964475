using Bot.Dialogs.Content;

namespace Bot.Fraud.Config;

/// <summary>Everything editors configure for the scam check, loaded from <c>content/fraud/</c>.</summary>
public sealed record FraudContent
{
    /// <summary>Score from which a message is "high" risk.</summary>
    public double HighThreshold { get; init; } = 0.7;

    /// <summary>Score from which a message is "medium" risk.</summary>
    public double MediumThreshold { get; init; } = 0.4;

    /// <summary>Negators as written with diacritics, lower case ("không", "đừng"); matched on words that carry marks.</summary>
    public IReadOnlyList<string> Negators { get; init; } = [];

    /// <summary>Negators as typed without marks ("khong"); matched on words typed without any marks.</summary>
    public IReadOnlyList<string> PlainNegators { get; init; } = [];

    /// <summary>
    /// Phrases about scammers ("kẻ gian", "các đối tượng", "thủ đoạn"): the rest of their sentence
    /// describes a scam (as police warnings do) instead of asking the reader for anything.
    /// </summary>
    public IReadOnlyList<string> Reporting { get; init; } = [];

    public IReadOnlyList<FraudRuleDefinition> Rules { get; init; } = [];

    public FraudLists Lists { get; init; } = new();

    /// <summary>The bot's own texts around a verdict, by key.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Messages { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>The message for <paramref name="key"/> in <paramref name="locale"/> (the key itself when missing).</summary>
    public string Text(string key, string locale) =>
        Messages.TryGetValue(key, out var text) ? text.Get(locale) : key;
}
