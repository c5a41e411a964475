using System.Text.Json.Nodes;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Turns replies into OA customer-service <c>message</c> objects: text, and up to five buttons.</summary>
/// <remarks>
/// Buttons are <c>oa.query.hide</c> (the press comes back as a text event carrying the payload,
/// without echoing it into the chat) or <c>oa.open.url</c> for links. Options beyond the platform's
/// five are listed in the text with the numbers the engine understands when typed. Long text is
/// split into several messages; the buttons go with the last one, so they sit under the question.
/// </remarks>
public sealed class ZaloOaMessageRenderer(IOptions<ZaloOaOptions> options)
{
    private readonly ZaloOaOptions _options = options.Value;

    /// <summary>The <c>message</c> objects for <paramref name="replies"/>, in sending order.</summary>
    public IReadOnlyList<JsonObject> Render(IReadOnlyList<Reply> replies)
    {
        var messages = new List<JsonObject>();
        foreach (var reply in replies)
        {
            var shown = reply.Buttons.Take(_options.MaxButtons).ToList();
            var overflow = reply.Buttons.Skip(_options.MaxButtons).ToList();
            var text = overflow.Count == 0 ? reply.Text : NumberedOptions.AppendTo(reply.Text, overflow, firstNumber: shown.Count + 1);
            var pieces = ZaloTextSplitter.Split(text, _options.MaxTextLength);
            for (var i = 0; i < pieces.Count; i++)
            {
                var message = new JsonObject { ["text"] = pieces[i] };
                if (i == pieces.Count - 1 && shown.Count > 0)
                {
                    message["attachment"] = new JsonObject
                    {
                        ["type"] = "template",
                        ["payload"] = new JsonObject { ["buttons"] = new JsonArray(shown.Select(Button).ToArray<JsonNode?>()) },
                    };
                }

                messages.Add(message);
            }
        }

        return messages;
    }

    /// <summary>A plain text message (for out-of-turn notices), split if long.</summary>
    public IReadOnlyList<JsonObject> RenderText(string text) => Render([Reply.Plain(text)]);

    private JsonObject Button(ReplyButton button)
    {
        var title = button.Label;
        if (title.Length > _options.MaxButtonTitleLength)
        {
            var cut = _options.MaxButtonTitleLength - 1;
            cut = char.IsHighSurrogate(title[cut - 1]) ? cut - 1 : cut; // never split an emoji
            title = title[..cut].TrimEnd() + "…";
        }

        // A tel: link is not a web page for oa.open.url; the number is in the message text (Zalo makes it
        // tappable), and the button answers like any other (it shows the contact again).
        return button.Url is { } url && !url.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            ? new JsonObject { ["title"] = title, ["type"] = "oa.open.url", ["payload"] = new JsonObject { ["url"] = url } }
            : new JsonObject { ["title"] = title, ["type"] = "oa.query.hide", ["payload"] = button.Payload };
    }
}
