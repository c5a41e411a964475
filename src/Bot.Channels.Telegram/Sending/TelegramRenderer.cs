using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Turns;
using Telegram.Bot.Types.ReplyMarkups;

namespace Bot.Channels.Telegram.Sending;

/// <summary>Renders the engine's replies as Telegram messages: escaped HTML, inline keyboards, long texts split.</summary>
/// <remarks>
/// Button payloads are the engine's compact payloads (<c>b:{flow}:{node}:{key}</c>, <c>f:…</c>,
/// <c>c:…</c>) used as <c>callback_data</c> unchanged: they name the step and a stable key, so a
/// press on an old message still means the same after content edits. Content buttons get a row
/// each (long Vietnamese labels stay readable); "back" and "main menu" share the last row. A button
/// that cannot be a Telegram button (payload over 64 bytes, a link that is not http(s)) becomes a
/// numbered line in the text instead, which the engine understands when typed.
/// </remarks>
public static class TelegramRenderer
{
    private static readonly string[] NavigationPayloads = [Payloads.Command(Commands.Back), Payloads.Command(Commands.Menu)];

    // Weak keys: a content version's replies (and their rendering) go when the version is no longer served.
    private static readonly ConditionalWeakTable<Reply, IReadOnlyList<TelegramOutgoing>> Rendered = new();

    /// <summary>
    /// <see cref="Render"/>, done once per reply the editors wrote: the engine builds each step's reply once per
    /// content version and hands out the same object, so its messages (and their serialized sendMessage JSON) are
    /// reused on every turn. Other replies (answers, verdicts quoting a resident) are rendered each time.
    /// </summary>
    public static IReadOnlyList<TelegramOutgoing> RenderOnce(Reply reply) =>
        reply.Authored ? Rendered.GetValue(reply, static r => Render(r)) : Render(reply);

    /// <summary>The messages for one reply, in order; only the last carries the keyboard.</summary>
    public static IReadOnlyList<TelegramOutgoing> Render(Reply reply)
    {
        var (keyboard, fallbackLines) = BuildKeyboard(reply.Buttons);
        var text = reply.Text;
        if (fallbackLines.Length > 0)
        {
            text = text.TrimEnd() + "\n\n" + fallbackLines;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            text = "…"; // Telegram refuses empty text; a keyboard still needs a message to hang on
        }

        var chunks = TelegramText.Split(text);
        var messages = new List<TelegramOutgoing>(chunks.Count);
        for (var i = 0; i < chunks.Count; i++)
        {
            messages.Add(new TelegramOutgoing(TelegramText.EscapeHtml(chunks[i]), i == chunks.Count - 1 ? keyboard : null));
        }

        return messages;
    }

    /// <summary>True when <paramref name="payload"/> fits Telegram's <c>callback_data</c> (1–64 UTF-8 bytes).</summary>
    public static bool FitsCallbackData(string payload) =>
        payload.Length > 0 && Encoding.UTF8.GetByteCount(payload) <= Payloads.MaxBytes;

    private static (InlineKeyboardMarkup? Keyboard, string FallbackLines) BuildKeyboard(IReadOnlyList<ReplyButton> buttons)
    {
        var rows = new List<List<InlineKeyboardButton>>();
        var lines = new StringBuilder();
        var navigationRow = new List<InlineKeyboardButton>();
        for (var i = 0; i < buttons.Count; i++)
        {
            var button = buttons[i];
            var label = string.IsNullOrWhiteSpace(button.Label) ? "…" : button.Label;
            InlineKeyboardButton? rendered = button.IsLink
                ? IsWebLink(button.Url!) ? InlineKeyboardButton.WithUrl(label, button.Url!) : null
                : FitsCallbackData(button.Payload) ? InlineKeyboardButton.WithCallbackData(label, button.Payload) : null;
            if (rendered is null)
            {
                // The number matches the engine's numbering, so typing it works.
                lines.Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(". ").Append(label);
                if (button.IsLink && !IsPhoneLink(button.Url!))
                {
                    // A phone button's label already shows the number, which Telegram apps make tappable.
                    lines.Append(": ").Append(button.Url);
                }

                lines.Append('\n');
                continue;
            }

            if (NavigationPayloads.Contains(button.Payload) && !button.IsLink)
            {
                navigationRow.Add(rendered);
            }
            else
            {
                rows.Add([rendered]);
            }
        }

        if (navigationRow.Count > 0)
        {
            rows.Add(navigationRow);
        }

        var keyboard = rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
        return (keyboard, lines.ToString().TrimEnd());
    }

    private static bool IsPhoneLink(string url) => url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase);

    private static bool IsWebLink(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
}
