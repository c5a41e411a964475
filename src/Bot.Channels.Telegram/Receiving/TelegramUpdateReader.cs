using System.Globalization;
using System.Text.Json;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>
/// Reads the two updates almost every turn is, a typed text message and a button press, straight from the webhook's
/// bytes into <see cref="TelegramInbound"/>, without Telegram.Bot's <c>Update</c> and <c>Message</c> objects.
/// </summary>
/// <remarks>
/// Returns null for anything else, or anything it is not sure of (a photo, a caption, a forwarded message, a field
/// it does not know, a null, a number out of range, malformed JSON), and the webhook then reads the body the old way
/// (<see cref="TelegramUpdateMapper"/>), so every other update, and every refusal, stays exactly as it was. What it
/// returns is what the mapper would make of the same body. Known fields are type-checked as the library's
/// deserializer checks them; the inside of the pressed message's keyboard, which the bot never reads, is only skipped.
/// </remarks>
public static class TelegramUpdateReader
{
    /// <summary>The update as the channel acts on it, or null when the full reader must decide.</summary>
    public static TelegramInbound? TryRead(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            return Read(ref reader);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Malformed, or a string the reader cannot turn into text (an escaped lone surrogate such as "\ud800"
            // throws InvalidOperationException from GetString): the full reader refuses it with its own answer.
            return null;
        }
    }

    private static TelegramInbound? Read(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var updateId = 0;
        Sent? message = null;
        Press? press = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("update_id"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out updateId))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("message"u8) && message is null && press is null)
            {
                if (ReadMessage(ref reader, pressed: false) is not { } read)
                {
                    return null;
                }

                message = read;
            }
            else if (reader.ValueTextEquals("callback_query"u8) && message is null && press is null)
            {
                if (ReadPress(ref reader) is not { } read)
                {
                    return null;
                }

                press = read;
            }
            else
            {
                return null;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read() || updateId <= 0)
        {
            return null; // trailing bytes, or no usable update_id: the full reader's answer
        }

        var id = updateId.ToString(CultureInfo.InvariantCulture);
        if (message is { Text: { } text, ChatId: { } chatId })
        {
            return new TelegramInbound(chatId, new InboundMessage { Text = text, UpdateId = id, PlatformLocale = message.From.Locale });
        }

        if (press is { Id: { } queryId } && (press.ChatId ?? press.From.Id) is { } pressedIn)
        {
            var inbound = press.Data is { Length: > 0 } data
                ? new InboundMessage { Payload = data, UpdateId = id, PlatformLocale = press.From.Locale }
                : null;
            return new TelegramInbound(pressedIn, inbound, queryId);
        }

        return null;
    }

    /// <summary>A message: the resident's own (text required), or the bot's message a pressed button hangs on.</summary>
    private static Sent? ReadMessage(ref Utf8JsonReader reader, bool pressed)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var sent = new Sent();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message_id"u8) || reader.ValueTextEquals("date"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out _))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                if (ReadUser(ref reader) is not { } from)
                {
                    return null;
                }

                sent.From = from;
            }
            else if (reader.ValueTextEquals("chat"u8))
            {
                if (ReadChat(ref reader) is not { } chat)
                {
                    return null;
                }

                sent.ChatId = chat;
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                if (!pressed)
                {
                    sent.Text = reader.GetString(); // a pressed message's text is the bot's own step: never read
                }
            }
            else if (reader.ValueTextEquals("entities"u8))
            {
                if (!SkipEntities(ref reader))
                {
                    return null;
                }
            }
            else if (pressed && reader.ValueTextEquals("reply_markup"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    return null;
                }

                reader.Skip();
            }
            else
            {
                return null; // a caption, a photo, a forward, a reply…: the full reader
            }
        }

        return sent.ChatId is null || (!pressed && sent.Text is null) ? null : sent;
    }

    private static Press? ReadPress(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var press = new Press();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8) || reader.ValueTextEquals("chat_instance"u8) || reader.ValueTextEquals("data"u8))
            {
                var isId = reader.ValueTextEquals("id"u8);
                var isData = reader.ValueTextEquals("data"u8);
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                if (isId)
                {
                    press.Id = reader.GetString();
                }
                else if (isData)
                {
                    press.Data = reader.GetString();
                }
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                if (ReadUser(ref reader) is not { } from)
                {
                    return null;
                }

                press.From = from;
            }
            else if (reader.ValueTextEquals("message"u8))
            {
                if (ReadMessage(ref reader, pressed: true) is not { } shown)
                {
                    return null;
                }

                press.ChatId = shown.ChatId;
            }
            else
            {
                return null; // an inline message, a game: the full reader
            }
        }

        return press;
    }

    private static User? ReadUser(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var user = new User();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var id))
                {
                    return null;
                }

                user.Id = id;
            }
            else if (reader.ValueTextEquals("is_bot"u8) || reader.ValueTextEquals("is_premium"u8))
            {
                if (!reader.Read() || reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("language_code"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                user.Locale = reader.GetString();
            }
            else if (!(IsName(ref reader) && SkipString(ref reader)))
            {
                return null;
            }
        }

        return user;
    }

    /// <summary>A private chat's id; null for any other chat (groups and channels go to the full reader).</summary>
    private static long? ReadChat(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        long? id = null;
        var isPrivate = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out var chatId))
                {
                    return null;
                }

                id = chatId;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.String)
                {
                    return null;
                }

                isPrivate = reader.ValueTextEquals("private"u8);
            }
            else if (!(IsName(ref reader) && SkipString(ref reader)))
            {
                return null;
            }
        }

        return isPrivate ? id : null;
    }

    /// <summary>The message's formatting and commands: each checked for shape (the mapper reads none of them).</summary>
    private static bool SkipEntities(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("offset"u8) || reader.ValueTextEquals("length"u8))
                {
                    if (!reader.Read() || reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out _))
                    {
                        return false;
                    }
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    // Only kinds the library knows by these names; any other goes to the full reader.
                    if (!reader.Read() || reader.TokenType != JsonTokenType.String
                        || !(reader.ValueTextEquals("bot_command"u8) || reader.ValueTextEquals("url"u8) || reader.ValueTextEquals("phone_number"u8)
                             || reader.ValueTextEquals("bold"u8) || reader.ValueTextEquals("italic"u8)))
                    {
                        return false;
                    }
                }
                else
                {
                    return false;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    /// <summary>True for the plain names of a user or chat (first, last, user name), which are only skipped.</summary>
    private static bool IsName(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("first_name"u8) || reader.ValueTextEquals("last_name"u8) || reader.ValueTextEquals("username"u8);

    private static bool SkipString(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.String;

    private sealed class User
    {
        public long? Id { get; set; }

        public string? Locale { get; set; }
    }

    private sealed class Sent
    {
        public User From { get; set; } = new();

        public long? ChatId { get; set; }

        public string? Text { get; set; }
    }

    private sealed class Press
    {
        public string? Id { get; set; }

        public string? Data { get; set; }

        public User From { get; set; } = new();

        public long? ChatId { get; set; }
    }
}
