using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Testing.Zalo;

// What the bot sent: every accepted message, recorded as the resident would see it.
public sealed partial class FakeZaloOaApi
{
    /// <summary>Messages sent to <paramref name="userId"/>, in order.</summary>
    public IReadOnlyList<FakeOaMessage> MessagesTo(string userId)
    {
        lock (_lock)
        {
            return _sent.Where(m => m.UserId == userId).ToList();
        }
    }

    /// <summary>Every accepted message.</summary>
    public IReadOnlyList<FakeOaMessage> AllMessages()
    {
        lock (_lock)
        {
            return _sent.ToList();
        }
    }

    /// <summary>Promotion messages to <paramref name="userId"/>, in order.</summary>
    public IReadOnlyList<FakeOaMessage> PromotionsTo(string userId) => MessagesTo(userId).Where(m => m.Type == "promotion").ToList();

    private static FakeOaMessage Record(string type, string userId, JsonObject? message, string token, string id, DateTimeOffset at)
    {
        if (type == "cs")
        {
            return new FakeOaMessage(userId, message?["text"]?.GetValue<string>() ?? "", Buttons(message), token, id) { At = at };
        }

        var payload = message?["attachment"]?["payload"] as JsonObject;
        var elements = (payload?["elements"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var header = elements.FirstOrDefault(e => e["type"]?.GetValue<string>() == "header")?["content"]?.GetValue<string>();
        var texts = elements.Where(e => e["type"]?.GetValue<string>() == "text").Select(e => e["content"]?.GetValue<string>() ?? "");
        return new FakeOaMessage(userId, string.Join("\n", texts.Prepend(header ?? "")), Buttons(message), token, id, type)
        {
            Header = header,
            Language = payload?["language"]?.GetValue<string>(),
            At = at,
        };
    }

    /// <summary>The buttons of a message's attachment, as any message type carries them.</summary>
    private static List<FakeOaButton> Buttons(JsonObject? message)
    {
        if (message?["attachment"]?["payload"]?["buttons"] is not JsonArray buttons)
        {
            return [];
        }

        return buttons.Select(b => new FakeOaButton(
            b!["title"]!.GetValue<string>(),
            b["type"]!.GetValue<string>(),
            b["payload"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null,
            b["payload"] is JsonObject link ? link["url"]?.GetValue<string>() : null)).ToList();
    }
}
