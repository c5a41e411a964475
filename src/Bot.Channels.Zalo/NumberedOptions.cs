using System.Globalization;
using System.Text;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo;

/// <summary>Writes options as "1. …" lines, for platforms (or overflow) without buttons.</summary>
/// <remarks>
/// The numbers are the buttons' positions in the reply, which is exactly what the engine accepts
/// when a resident types a number, so "2" works the same as pressing the second button.
/// </remarks>
public static class NumberedOptions
{
    /// <summary>Lines for <paramref name="buttons"/>, numbered from <paramref name="firstNumber"/>; link buttons show their address.</summary>
    public static string Format(IReadOnlyList<ReplyButton> buttons, int firstNumber = 1)
    {
        var text = new StringBuilder();
        for (var i = 0; i < buttons.Count; i++)
        {
            var button = buttons[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append((firstNumber + i).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(button.Label);
            if (button.Url is { } url && !url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)) // a phone button's label shows the number
            {
                text.Append(": ").Append(url);
            }
        }

        return text.ToString();
    }

    /// <summary>The reply's text followed by its options as numbered lines.</summary>
    public static string AppendTo(string text, IReadOnlyList<ReplyButton> buttons, int firstNumber = 1) =>
        buttons.Count == 0 ? text : text.TrimEnd() + "\n\n" + Format(buttons, firstNumber);
}
