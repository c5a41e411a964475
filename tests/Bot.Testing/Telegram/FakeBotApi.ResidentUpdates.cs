using System.Globalization;
using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

// What residents send: the updates a test builds (text, photo, file, any message, a button press) before delivering them.
public sealed partial class FakeBotApi
{
    /// <summary>A resident typed <paramref name="text"/>; returns the update (not yet delivered).</summary>
    public JsonObject TextUpdate(long chatId, string text, string languageCode = "vi")
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        return new JsonObject
        {
            ["update_id"] = id,
            ["message"] = new JsonObject
            {
                ["message_id"] = id,
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["from"] = User(chatId, languageCode),
                ["chat"] = Chat(chatId),
                ["text"] = text,
            },
        };
    }

    /// <summary>A resident sent a photo (optionally captioned): the file is kept for getFile and download.</summary>
    public JsonObject PhotoUpdate(long chatId, byte[] image, string? caption = null)
    {
        var fileId = AddFile(image, "photos");
        var sizes = new JsonArray(
            new JsonObject { ["file_id"] = fileId + "-thumb", ["file_unique_id"] = "t" + fileId, ["width"] = 90, ["height"] = 160, ["file_size"] = 1200 },
            new JsonObject { ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["width"] = 720, ["height"] = 1280, ["file_size"] = image.Length });
        var fields = new JsonObject { ["photo"] = sizes };
        if (caption is not null)
        {
            fields["caption"] = caption;
        }

        return MessageUpdate(chatId, fields);
    }

    /// <summary>A resident sent a file ("send as file", uncompressed) with the given MIME type.</summary>
    public JsonObject DocumentUpdate(long chatId, byte[] bytes, string mimeType, string fileName)
    {
        var fileId = AddFile(bytes, "documents");
        return MessageUpdate(chatId, new JsonObject
        {
            ["document"] = new JsonObject
            {
                ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_name"] = fileName, ["mime_type"] = mimeType, ["file_size"] = bytes.Length,
            },
        });
    }

    /// <summary>A message with the given fields besides the usual ones (a sticker, a voice note, a location…).</summary>
    public JsonObject MessageUpdate(long chatId, JsonObject fields, string languageCode = "vi")
    {
        var id = Interlocked.Increment(ref _nextUpdateId);
        var message = new JsonObject
        {
            ["message_id"] = id,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["from"] = User(chatId, languageCode),
            ["chat"] = Chat(chatId),
        };
        foreach (var (name, value) in fields)
        {
            message[name] = value?.DeepClone();
        }

        return new JsonObject { ["update_id"] = id, ["message"] = message };
    }

    /// <summary>A resident pressed a button of a bot message; fails if the message has no such button.</summary>
    public JsonObject PressUpdate(FakeMessage message, string callbackData, string languageCode = "vi")
    {
        if (!message.Buttons.Any(b => b.CallbackData == callbackData))
        {
            throw new InvalidOperationException(
                $"The message has no button with callback data '{callbackData}'; it has: {string.Join(", ", message.Buttons.Select(b => b.CallbackData))}.");
        }

        var id = Interlocked.Increment(ref _nextUpdateId);
        var queryId = "cq" + id.ToString(CultureInfo.InvariantCulture);
        lock (_lock) { _callbackQueries[queryId] = false; }
        return new JsonObject
        {
            ["update_id"] = id,
            ["callback_query"] = new JsonObject
            {
                ["id"] = queryId,
                ["chat_instance"] = "ci" + message.ChatId.ToString(CultureInfo.InvariantCulture),
                ["from"] = User(message.ChatId, languageCode),
                ["message"] = new JsonObject
                {
                    ["message_id"] = message.MessageId,
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = Chat(message.ChatId),
                    ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Bot", ["username"] = BotUsername },
                    ["text"] = message.Text,
                },
                ["data"] = callbackData,
            },
        };
    }

    private static JsonObject User(long id, string languageCode) =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Dân", ["language_code"] = languageCode };

    private static JsonObject Chat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Dân" };
}
