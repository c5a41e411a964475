namespace Bot.Broadcasts.Alerts;

/// <summary>What an alert is about; residents choose which they receive.</summary>
public static class Topics
{
    public const string Scam = "scam";
    public const string Welfare = "welfare";
    public const string General = "general";

    /// <summary>Every topic, in the order residents see them.</summary>
    public static readonly IReadOnlyList<string> All = [Scam, Welfare, General];

    /// <summary>True for a known topic id.</summary>
    public static bool IsKnown(string? topic) => topic is Scam or Welfare or General;

    /// <summary>The topic's name for residents, in Vietnamese or (locale "en") English.</summary>
    public static string Label(string topic, string locale = "vi") => (topic, locale == "en") switch
    {
        (Scam, false) => "Cảnh báo lừa đảo",
        (Welfare, false) => "Thông báo chi trả an sinh",
        (_, false) => "Thông báo chung",
        (Scam, true) => "Scam alerts",
        (Welfare, true) => "Welfare payment notices",
        (_, true) => "General notices",
    };
}
