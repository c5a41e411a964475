namespace Bot.Dialogs.Content;

/// <summary>The compact payloads that buttons carry and channels send back.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>b:{flow}:{node}:{key}</c> — a content button; names the step it was shown on, so a press
/// on an old message is still understood, and keys (not positions) survive edits that reorder buttons.</item>
/// <item><c>f:{flow}</c> / <c>f:{flow}.{node}</c> — open a flow (routing choices, deep links).</item>
/// <item><c>c:{command}</c> — a global command (menu, back, restart, help, lang_vi, lang_en, forget).</item>
/// <item><c>a:_pick</c> / <c>a:{area}</c> — ask for the resident's commune / choose one (the contact step's picker).</item>
/// <item>any other <c>x:…</c> — a plug-in's own payload (e.g. <c>s:start</c>), answered by an ITurnHandler.</item>
/// </list>
/// All fit Telegram's 64-byte <c>callback_data</c> because ids are at most 24 characters.
/// </remarks>
public static class Payloads
{
    /// <summary>Telegram's limit for callback data, the strictest platform.</summary>
    public const int MaxBytes = 64;

    /// <summary>Pseudo flow id of the main menu in button payloads.</summary>
    public const string MenuFlow = "menu";

    /// <summary>Pseudo node id of the main menu in button payloads.</summary>
    public const string MenuNode = "main";

    /// <summary>Prefix of the commune picker's payloads, which the engine answers itself.</summary>
    public const string AreaPrefix = "a:";

    /// <summary>The "choose your commune" button: the engine asks for the commune's name ('_' never occurs in area ids).</summary>
    public const string AreaPick = "a:_pick";

    /// <summary>True for payloads that belong to plug-ins (not b:, c: or f:), e.g. "s:start".</summary>
    /// <remarks>
    /// <c>a:</c> payloads have a plug-in's shape (so channels pass them through like any plug-in's)
    /// but no plug-in claims them: the engine answers them.
    /// </remarks>
    public static bool IsPlugIn(string payload) =>
        payload.Length is >= 3 and <= 62
        && payload[0] is >= 'a' and <= 'z' and not ('b' or 'c' or 'f')
        && payload[1] == ':'
        && payload.AsSpan(2).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") < 0;

    public static string Button(string flow, string node, string key) => $"b:{flow}:{node}:{key}";

    public static string Flow(string flow, string? node = null) => node is null ? "f:" + flow : $"f:{flow}.{node}";

    public static string Command(string command) => "c:" + command;

    /// <summary>The payload that chooses commune <paramref name="areaId"/> (area ids are at most 40 characters).</summary>
    public static string Area(string areaId) => AreaPrefix + areaId;
}
