using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Engine;

/// <summary>The commune part of a contact step: the chosen commune police's phone and address, or an offer to choose.</summary>
/// <remarks>
/// Only what the operator wrote in <c>areas.yaml</c> is shown, never a guessed number. The phone
/// is in the text (phone apps and Telegram make it tappable) and, where the channel can, on a
/// <c>tel:</c> button; channels without such buttons show it as a numbered line.
/// </remarks>
internal static class CommuneContactView
{
    /// <summary>The step's text and buttons with the commune part added.</summary>
    /// <param name="chosen">The resident's commune, or null when none is known.</param>
    public static (string Text, List<ReplyButton> Buttons) Apply(
        CommuneDirectory communes, Commune? chosen, string locale, string stepText, List<ReplyButton> buttons)
    {
        var words = CommuneTexts.For(locale);
        if (chosen is null)
        {
            if (communes.HasContacts)
            {
                buttons.Add(new ReplyButton(words.Pick, Payloads.AreaPick));
            }

            return (stepText, buttons);
        }

        var lines = new List<string>();
        if (chosen.Police is { } police)
        {
            lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Police, chosen.FullName));
            if (police.Phone is { } phone)
            {
                lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Phone, phone));
                buttons.Insert(0, new ReplyButton(
                    string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Call, phone),
                    Payloads.Area(chosen.Id), police.TelUri));
            }

            if (police.Address is { } address)
            {
                lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Address, address));
            }
        }
        else
        {
            lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Unknown, chosen.FullName));
        }

        if (communes.HasContacts)
        {
            buttons.Add(new ReplyButton(words.Change, Payloads.AreaPick));
        }

        return (string.Join("\n", lines) + "\n\n" + stepText, buttons);
    }
}
