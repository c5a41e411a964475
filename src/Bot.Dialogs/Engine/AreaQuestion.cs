using System.Globalization;

namespace Bot.Dialogs.Engine;

/// <summary>
/// The note a turn leaves when it asked for the resident's commune: the turn it expects the
/// answer on and the communes it offered, e.g. "7" or "7:ha-noi.hoan-kiem ha-noi.cua-nam".
/// </summary>
/// <remarks>Only area ids and a number: the record never holds what the resident typed.</remarks>
internal static class AreaQuestion
{
    public static string Format(int forTurn, IReadOnlyList<string> offered) =>
        offered.Count == 0
            ? forTurn.ToString(CultureInfo.InvariantCulture)
            : forTurn.ToString(CultureInfo.InvariantCulture) + ":" + string.Join(' ', offered);

    public static (int ForTurn, IReadOnlyList<string> Offered) Parse(string note)
    {
        var colon = note.IndexOf(':');
        var turn = colon < 0 ? note : note[..colon];
        var offered = colon < 0 ? [] : note[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return int.TryParse(turn, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, offered) : (-1, []);
    }
}
