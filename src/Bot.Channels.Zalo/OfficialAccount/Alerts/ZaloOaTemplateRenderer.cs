using System.Text.Json.Nodes;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>Renders an alert as a promotion or transaction template: a header, the text, and the "Ngừng nhận tin" button.</summary>
/// <remarks>
/// Follower messages must use Zalo's template (platform-protocols B4.5–6): the alert's first line becomes the header,
/// the rest text elements within the template limits, and its buttons (the stop button) template buttons that come back
/// as the same payload a customer-service button sends. The language field follows the resident's language.
/// </remarks>
public sealed class ZaloOaTemplateRenderer(IOptions<ZaloOaAlertOptions> options, IOptions<ZaloOaOptions> channel)
{
    /// <summary>The <c>message</c> object for <paramref name="alert"/> as <paramref name="messageType"/> (promotion or transaction).</summary>
    public JsonObject Render(Reply alert, string messageType, string locale)
    {
        var o = options.Value;
        var text = alert.Text.Trim();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        var header = newline > 0 ? text[..newline].Trim() : text;
        var body = newline > 0 ? text[(newline + 1)..].Trim() : "";
        if (header.Length > o.TemplateHeaderMaxLength)
        {
            body = header + (body.Length > 0 ? "\n" + body : "");
            header = Shorten(header, o.TemplateHeaderMaxLength);
        }

        var elements = new JsonArray { new JsonObject { ["type"] = "header", ["content"] = header, ["align"] = "left" } };
        foreach (var piece in ZaloTextSplitter.Split(body, o.TemplateTextMaxLength).Where(p => p.Length > 0))
        {
            elements.Add(new JsonObject { ["type"] = "text", ["align"] = "left", ["content"] = piece });
        }

        var buttons = new JsonArray();
        foreach (var button in alert.Buttons.Take(channel.Value.MaxButtons))
        {
            buttons.Add(button.Url is { } url
                ? new JsonObject { ["title"] = Shorten(button.Label, channel.Value.MaxButtonTitleLength), ["type"] = "oa.open.url", ["payload"] = new JsonObject { ["url"] = url } }
                : new JsonObject { ["title"] = Shorten(button.Label, channel.Value.MaxButtonTitleLength), ["type"] = "oa.query.hide", ["payload"] = button.Payload });
        }

        return new JsonObject
        {
            ["attachment"] = new JsonObject
            {
                ["type"] = "template",
                ["payload"] = new JsonObject
                {
                    ["template_type"] = messageType == ZaloOaMessageTypes.Transaction ? o.TransactionTemplateType : "promotion",
                    ["language"] = locale == "en" ? "EN" : "VI",
                    ["elements"] = elements,
                    ["buttons"] = buttons,
                },
            },
        };
    }

    private static string Shorten(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        cut = char.IsHighSurrogate(text[cut - 1]) ? cut - 1 : cut; // never split an emoji
        return text[..cut].TrimEnd() + "…";
    }
}
