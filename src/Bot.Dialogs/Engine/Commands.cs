namespace Bot.Dialogs.Engine;

/// <summary>Global commands that work from every step.</summary>
public static class Commands
{
    public const string Menu = "menu";
    public const string Back = "back";
    public const string Restart = "restart";
    public const string Help = "help";
    public const string LanguageVietnamese = "lang_vi";
    public const string LanguageEnglish = "lang_en";
    /// <summary>Erase everything stored about the conversation.</summary>
    public const string Forget = "forget";

    /// <summary>Every command name (as used in payloads and <c>bot.yaml</c>).</summary>
    public static readonly IReadOnlyList<string> All = [Menu, Back, Restart, Help, LanguageVietnamese, LanguageEnglish, Forget];

    /// <summary>Slash commands as typed on Telegram and Zalo, mapped to command names.</summary>
    public static readonly IReadOnlyDictionary<string, string> Slash = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["/start"] = Menu,
        ["/menu"] = Menu,
        ["/back"] = Back,
        ["/quaylai"] = Back,
        ["/restart"] = Restart,
        ["/batdaulai"] = Restart,
        ["/help"] = Help,
        ["/trogiup"] = Help,
        ["/vi"] = LanguageVietnamese,
        ["/en"] = LanguageEnglish,
        ["/forget"] = Forget,
        ["/xoadulieu"] = Forget,
    };
}
