using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

// What the bot sends: sendMessage and editMessageText checked as Telegram checks them, the chats' messages, button answers and "/" commands.
public sealed partial class FakeBotApi
{
    /// <summary>Messages a chat has received, oldest first.</summary>
    public IReadOnlyList<FakeMessage> MessagesIn(long chatId)
    {
        lock (_lock)
        {
            return _messages.TryGetValue(chatId, out var list) ? list.ToList() : [];
        }
    }

    /// <summary>The "/" commands registered for a language code ("" = default).</summary>
    public JsonArray? CommandsFor(string languageCode)
    {
        lock (_lock)
        {
            return _commands.TryGetValue(languageCode, out var commands) ? commands : null;
        }
    }

    /// <summary>True when every callback query handed out was answered.</summary>
    public bool AllCallbackQueriesAnswered
    {
        get { lock (_lock) { return _callbackQueries.Values.All(answered => answered); } }
    }

    private async Task<FakeResponse> SendMessageAsync(JsonObject p)
    {
        if (Long(p, "chat_id") is not { } chatId)
        {
            return Error(400, "Bad Request: chat_id is empty");
        }

        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return Error(403, "Forbidden: bot was blocked by the user");
            }

            var now = DateTimeOffset.UtcNow;
            if (_floodUntil.TryGetValue(chatId, out var until) && now < until)
            {
                EarlyRetries++;
                return Error(429, $"Too Many Requests: retry after {Math.Ceiling((until - now).TotalSeconds)}", (int)Math.Ceiling((until - now).TotalSeconds));
            }

            if (_floodNext.Remove(chatId, out var retryAfter))
            {
                _floodUntil[chatId] = now.AddSeconds(retryAfter);
                return Error(429, $"Too Many Requests: retry after {retryAfter}", retryAfter);
            }
        }

        var (message, error) = BuildMessage(chatId, p, messageId: null);
        if (message is null)
        {
            return error!;
        }

        lock (_lock)
        {
            if (!_messages.TryGetValue(chatId, out var list))
            {
                _messages[chatId] = list = [];
            }

            list.Add(message);
        }

        if (SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(SendDelay); // delivered, but the answer comes late
        }

        return Ok(MessageJson(message));
    }

    private FakeResponse EditMessageText(JsonObject p)
    {
        if (Long(p, "chat_id") is not { } chatId || Long(p, "message_id") is not { } messageId)
        {
            return Error(400, "Bad Request: message identifier is not specified");
        }

        var (edited, error) = BuildMessage(chatId, p, (int)messageId);
        if (edited is null)
        {
            return error!;
        }

        lock (_lock)
        {
            var list = _messages.GetValueOrDefault(chatId);
            var index = list?.FindIndex(m => m.MessageId == messageId) ?? -1;
            if (index < 0)
            {
                return Error(400, "Bad Request: message to edit not found");
            }

            if (list![index].Html == edited.Html && list[index].Buttons.SequenceEqual(edited.Buttons))
            {
                return Error(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
            }

            list[index] = edited;
        }

        return Ok(MessageJson(edited));
    }

    private (FakeMessage? Message, FakeResponse? Error) BuildMessage(long chatId, JsonObject p, int? messageId)
    {
        var text = p["text"]?.GetValue<string>() ?? "";
        var parseMode = p["parse_mode"]?.GetValue<string>()?.ToLowerInvariant();
        string plain;
        if (parseMode == "html")
        {
            var (parsed, problem) = TelegramHtml.Parse(text);
            if (parsed is null)
            {
                return (null, Error(400, "Bad Request: " + problem));
            }

            plain = parsed;
        }
        else if (parseMode is null or "none")
        {
            plain = text;
        }
        else
        {
            return (null, Error(400, "Bad Request: unsupported parse_mode in this fake"));
        }

        if (plain.Trim().Length == 0)
        {
            return (null, Error(400, "Bad Request: message text is empty"));
        }

        if (plain.Length > 4096)
        {
            return (null, Error(400, "Bad Request: message is too long"));
        }

        var keyboard = new List<IReadOnlyList<FakeButton>>();
        if (p["reply_markup"] is JsonObject markup && markup["inline_keyboard"] is JsonArray rows)
        {
            foreach (var row in rows.OfType<JsonArray>())
            {
                var buttons = new List<FakeButton>();
                foreach (var b in row.OfType<JsonObject>())
                {
                    var label = b["text"]?.GetValue<string>();
                    var data = b["callback_data"]?.GetValue<string>();
                    var url = b["url"]?.GetValue<string>();
                    if (string.IsNullOrEmpty(label))
                    {
                        return (null, Error(400, "Bad Request: text buttons are unallowed in the inline keyboard"));
                    }

                    if ((data is null) == (url is null))
                    {
                        return (null, Error(400, "Bad Request: can't parse inline keyboard button: exactly one of the optional fields must be used"));
                    }

                    if (data is not null && Encoding.UTF8.GetByteCount(data) is 0 or > 64)
                    {
                        return (null, Error(400, "Bad Request: BUTTON_DATA_INVALID"));
                    }

                    if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" or "tg"))
                    {
                        return (null, Error(400, "Bad Request: BUTTON_URL_INVALID"));
                    }

                    buttons.Add(new FakeButton(label, data, url));
                }

                keyboard.Add(buttons);
            }
        }

        var id = messageId ?? Interlocked.Increment(ref _nextMessageId);
        return (new FakeMessage(id, chatId, text, plain, keyboard), null);
    }

    private FakeResponse AnswerCallbackQuery(JsonObject p)
    {
        var id = p["callback_query_id"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            if (!_callbackQueries.TryGetValue(id, out var answered) || answered)
            {
                return Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
            }

            _callbackQueries[id] = true;
        }

        return Ok(true);
    }

    private FakeResponse SetMyCommands(JsonObject p)
    {
        if (p["commands"] is not JsonArray commands || commands.Count == 0)
        {
            return Error(400, "Bad Request: commands must be non-empty");
        }

        foreach (var c in commands.OfType<JsonObject>())
        {
            var name = c["command"]?.GetValue<string>() ?? "";
            if (name.Length is 0 or > 32 || name.Any(ch => !(char.IsAsciiLetterLower(ch) || char.IsAsciiDigit(ch) || ch == '_')))
            {
                return Error(400, "Bad Request: BOT_COMMAND_INVALID");
            }
        }

        lock (_lock) { _commands[p["language_code"]?.GetValue<string>() ?? ""] = commands; }
        return Ok(true);
    }

    private static JsonObject MessageJson(FakeMessage message) => new()
    {
        ["message_id"] = message.MessageId,
        ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        ["chat"] = Chat(message.ChatId),
        ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Trợ lý", ["username"] = BotUsername },
        ["text"] = message.Text,
    };
}
