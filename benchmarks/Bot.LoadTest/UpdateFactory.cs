using System.Buffers;
using System.Text.Json;

namespace Bot.LoadTest;

/// <summary>Builds webhook bodies shaped like Telegram's (private chat, user id = chat id).</summary>
internal static class UpdateFactory
{
    public static byte[] Text(int updateId, long chatId, int messageId, string text)
    {
        var output = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("update_id", updateId);
            json.WriteStartObject("message");
            json.WriteNumber("message_id", messageId);
            json.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            WriteUser(json, "from", chatId);
            WriteChat(json, chatId);
            json.WriteString("text", text);
            if (text.StartsWith('/'))
            {
                var end = text.IndexOf(' ', StringComparison.Ordinal);
                json.WriteStartArray("entities");
                json.WriteStartObject();
                json.WriteString("type", "bot_command");
                json.WriteNumber("offset", 0);
                json.WriteNumber("length", end < 0 ? text.Length : end);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    public static byte[] Callback(int updateId, long chatId, ReceivedMessage shown, string data)
    {
        var output = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("update_id", updateId);
            json.WriteStartObject("callback_query");
            json.WriteString("id", $"{chatId}-{updateId}");
            WriteUser(json, "from", chatId);
            json.WriteString("chat_instance", $"ci{chatId}");
            json.WriteStartObject("message");
            json.WriteNumber("message_id", shown.MessageId);
            json.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
            json.WriteStartObject("from");
            json.WriteNumber("id", 4242);
            json.WriteBoolean("is_bot", true);
            json.WriteString("first_name", "Bench");
            json.WriteString("username", "bench_bot");
            json.WriteEndObject();
            WriteChat(json, chatId);
            json.WriteString("text", shown.Text);
            json.WriteEndObject();
            json.WriteString("data", data);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return output.WrittenSpan.ToArray();
    }

    private static void WriteUser(Utf8JsonWriter json, string name, long id)
    {
        json.WriteStartObject(name);
        json.WriteNumber("id", id);
        json.WriteBoolean("is_bot", false);
        json.WriteString("first_name", "Resident");
        json.WriteString("language_code", "vi");
        json.WriteEndObject();
    }

    private static void WriteChat(Utf8JsonWriter json, long id)
    {
        json.WriteStartObject("chat");
        json.WriteNumber("id", id);
        json.WriteString("type", "private");
        json.WriteString("first_name", "Resident");
        json.WriteEndObject();
    }
}
