namespace Bot.Dialogs.Content;

/// <summary>The compact payloads that buttons carry and channels send back.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>b:{flow}:{node}:{key}</c> — a content button; names the step it was shown on, so a press
/// on an old message is still understood, and keys (not positions) survive edits that reorder buttons.</item>
/// <item><c>f:{flow}</c> / <c>f:{flow}.{node}</c> — open a flow (routing choices, deep links).</item>
/// <item><c>c:{command}</c> — a global command (menu, back, restart, help, lang_vi, lang_en, forget).</item>
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

    /// <summary>True for payloads that belong to plug-ins (not b:, c: or f:), e.g. "s:start".</summary>
    public static bool IsPlugIn(string payload) =>
        payload.Length is >= 3 and <= 62
        && payload[0] is >= 'a' and <= 'z' and not ('b' or 'c' or 'f')
        && payload[1] == ':'
        && payload.AsSpan(2).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-") < 0;

    public static string Button(string flow, string node, string key) => $"b:{flow}:{node}:{key}";

    public static string Flow(string flow, string? node = null) => node is null ? "f:" + flow : $"f:{flow}.{node}";

    public static string Command(string command) => "c:" + command;
}
