using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Testing.Telegram;

/// <summary>
/// A loopback Bot API server (Kestrel on 127.0.0.1:0) that answers like the real one for the methods
/// the bot uses: the {ok,result} / {ok:false,error_code,description} envelope with HTTP status =
/// error_code; 400 for bad HTML, empty or over-long text, callback_data over 64 bytes; 429 with
/// retry_after (and 429 again for a retry that comes too early); 403 for blocked chats; long-polled
/// getUpdates with offsets; 409 while a webhook is set. Every request is recorded.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    public const string BotUsername = "congan_test_bot";
    private const long BotId = 987654321;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Dictionary<long, List<FakeMessage>> _messages = [];
    private readonly List<JsonObject> _updates = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<string, bool> _callbackQueries = [];
    private readonly Dictionary<long, DateTimeOffset> _floodUntil = [];
    private readonly Dictionary<string, Queue<int>> _failures = [];
    private readonly Dictionary<long, int> _floodNext = [];
    private readonly Dictionary<string, JsonArray> _commands = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private int _fileDownloads;
    private TaskCompletionSource _updateArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _nextMessageId = 100;
    private int _nextUpdateId = 5000;
    private int _pollGeneration;
    private int _confirmedOffset;

    private FakeBotApi(WebApplication app, string token)
    {
        _app = app;
        Token = token;
    }

    /// <summary>The token the fake accepts (it looks like a real one; every other token gets 404).</summary>
    public string Token { get; }

    /// <summary>Where the fake listens, for <c>Telegram:ApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The longest a getUpdates call is held (the real server holds up to 50 s).</summary>
    public TimeSpan PollHoldCap { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Delay before answering sendMessage (to provoke the client's timeout); the message is still delivered.</summary>
    public TimeSpan SendDelay { get; set; }

    /// <summary>The webhook set with setWebhook (null when none).</summary>
    public JsonObject? Webhook { get; private set; }

    /// <summary>Requests that came while the chat was still under a 429's retry_after.</summary>
    public int EarlyRetries { get; private set; }

    public static async Task<FakeBotApi> StartAsync(string? token = null)
    {
        // Joined at run time: the repository never holds a string shaped like a real bot token.
        token ??= string.Join(":", "123456789", "TEST-fake-token_abcdefghijklmnop");
        FakeBotApi? fake = null;
        var (_, url) = await LoopbackServer.StartAsync(app =>
        {
            fake = new FakeBotApi(app, token);
            app.Map("/bot{token}/{method}", fake.HandleAsync);
            app.MapGet("/file/bot{token}/{**path}", fake.DownloadFile);
        });
        fake!.BaseUrl = url;
        return fake;
    }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_lock) { return _requests.ToList(); } }
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string method) =>
        Requests.Where(r => string.Equals(r.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();

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

    /// <summary>The resident blocked the bot: sendMessage to the chat answers 403.</summary>
    public void Block(long chatId)
    {
        lock (_lock) { _blocked.Add(chatId); }
    }

    /// <summary>The next <paramref name="count"/> calls of <paramref name="method"/> fail with <paramref name="status"/>.</summary>
    public void FailNext(string method, int status, int count = 1)
    {
        lock (_lock)
        {
            if (!_failures.TryGetValue(method, out var queue))
            {
                _failures[method] = queue = new Queue<int>();
            }

            for (var i = 0; i < count; i++)
            {
                queue.Enqueue(status);
            }
        }
    }

    /// <summary>The next sendMessage to the chat gets 429 with this retry_after (seconds).</summary>
    public void FloodNext(long chatId, int retryAfterSeconds)
    {
        lock (_lock) { _floodNext[chatId] = retryAfterSeconds; }
    }

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

    /// <summary>Files fetched through <c>/file/bot&lt;token&gt;/&lt;path&gt;</c> so far.</summary>
    public int FileDownloads => Volatile.Read(ref _fileDownloads);

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

    private string AddFile(byte[] bytes, string folder)
    {
        lock (_lock)
        {
            var fileId = "F" + (_files.Count + 1).ToString(CultureInfo.InvariantCulture) + "-" + folder;
            _files[fileId] = bytes;
            return fileId;
        }
    }

    private FakeResponse GetFile(JsonObject p)
    {
        var fileId = p["file_id"]?.GetValue<string>() ?? "";
        lock (_lock)
        {
            if (!_files.TryGetValue(fileId, out var bytes))
            {
                return Error(400, "Bad Request: invalid file_id");
            }

            return Ok(new JsonObject
            {
                ["file_id"] = fileId, ["file_unique_id"] = "u" + fileId, ["file_size"] = bytes.Length, ["file_path"] = fileId.Split('-')[1] + "/" + fileId + ".bin",
            });
        }
    }

    private async Task DownloadFile(HttpContext context, string token, string path)
    {
        byte[]? bytes;
        lock (_lock)
        {
            var fileId = Path.GetFileNameWithoutExtension(path);
            bytes = token == Token && _files.TryGetValue(fileId, out var found) ? found : null;
        }

        if (bytes is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        Interlocked.Increment(ref _fileDownloads);
        context.Response.ContentType = "application/octet-stream";
        await context.Response.Body.WriteAsync(bytes);
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

    /// <summary>Queues an update for getUpdates (polling mode).</summary>
    public void Enqueue(JsonObject update)
    {
        lock (_lock)
        {
            _updates.Add(update);
            _updateArrived.TrySetResult();
        }
    }

    /// <summary>Completes when a getUpdates call confirmed <paramref name="updateId"/> (offset beyond it): the bot has taken it.</summary>
    public async Task WaitConfirmedAsync(int updateId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Volatile.Read(ref _confirmedOffset) <= updateId)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"update {updateId} was not fetched by the bot");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>
    /// What Telegram does with a webhook's 2xx answer whose JSON body names a <c>method</c>: it runs that
    /// method with the other fields as parameters, as if the bot had called it (recorded like a call).
    /// </summary>
    /// <returns>The method run, or null when the answer named none.</returns>
    public async Task<string?> ExecuteWebhookReplyAsync(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var body = await response.Content.ReadAsStringAsync();
        if (body.Length == 0 || JsonNode.Parse(body) is not JsonObject reply || reply["method"]?.GetValue<string>() is not { } method)
        {
            return null;
        }

        reply.Remove("method");
        var result = await DispatchAsync(method.ToLowerInvariant(), reply, CancellationToken.None);
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(method, reply, result.Status, result.Body["description"]?.GetValue<string>(), DateTimeOffset.UtcNow) { FromWebhookReply = true });
        }

        return method;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static JsonObject User(long id, string languageCode) =>
        new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Dân", ["language_code"] = languageCode };

    private static JsonObject Chat(long id) => new() { ["id"] = id, ["type"] = "private", ["first_name"] = "Dân" };

    private async Task HandleAsync(HttpContext context, string token, string method)
    {
        var parameters = await ReadParametersAsync(context.Request);
        if (token != Token)
        {
            await WriteAsync(context, method, parameters, Error(404, "Not Found"));
            return;
        }

        var response = await DispatchAsync(method.ToLowerInvariant(), parameters, context.RequestAborted);
        await WriteAsync(context, method, parameters, response);
    }

    private async Task<FakeResponse> DispatchAsync(string method, JsonObject p, CancellationToken aborted)
    {
        lock (_lock)
        {
            if (_failures.TryGetValue(method, out var queue) && queue.TryDequeue(out var status))
            {
                return Error(status, status >= 500 ? "Internal Server Error" : "Bad Request: injected failure");
            }
        }

        return method switch
        {
            "getme" => Ok(new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Trợ lý", ["username"] = BotUsername }),
            "setwebhook" => SetWebhook(p),
            "deletewebhook" => DeleteWebhook(),
            "getupdates" => await GetUpdatesAsync(p, aborted),
            "sendmessage" => await SendMessageAsync(p),
            "editmessagetext" => EditMessageText(p),
            "answercallbackquery" => AnswerCallbackQuery(p),
            "setmycommands" => SetMyCommands(p),
            "getfile" => GetFile(p),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    private FakeResponse SetWebhook(JsonObject p)
    {
        var secret = p["secret_token"]?.GetValue<string>();
        if (secret is not null && (secret.Length > 256 || secret.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))))
        {
            return Error(400, "Bad Request: secret token contains unallowed characters");
        }

        lock (_lock) { Webhook = p; }
        return Ok(true);
    }

    private FakeResponse DeleteWebhook()
    {
        lock (_lock) { Webhook = null; }
        return Ok(true);
    }

    private async Task<FakeResponse> GetUpdatesAsync(JsonObject p, CancellationToken aborted)
    {
        var offset = (int)(Long(p, "offset") ?? 0);
        var limit = (int)Math.Clamp(Long(p, "limit") ?? 100, 1, 100);
        var hold = TimeSpan.FromSeconds(Math.Clamp(Long(p, "timeout") ?? 0, 0, 50));
        if (hold > PollHoldCap)
        {
            hold = PollHoldCap;
        }

        int generation;
        lock (_lock)
        {
            if (Webhook is not null)
            {
                return Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            generation = ++_pollGeneration;
        }

        var deadline = DateTime.UtcNow + hold;
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                if (generation != _pollGeneration)
                {
                    return Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                }

                if (offset < 0)
                {
                    _updates.RemoveRange(0, Math.Max(0, _updates.Count + offset));
                }
                else
                {
                    _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                    if (offset > _confirmedOffset)
                    {
                        Volatile.Write(ref _confirmedOffset, offset);
                    }
                }

                if (_updates.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    var batch = new JsonArray(_updates.Take(limit).Select(u => (JsonNode)u.DeepClone()).ToArray());
                    return Ok(batch);
                }

                if (_updateArrived.Task.IsCompleted)
                {
                    _updateArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = _updateArrived.Task;
            }

            var left = deadline - DateTime.UtcNow;
            if (left > TimeSpan.Zero)
            {
                try
                {
                    await arrived.WaitAsync(left, aborted);
                }
                catch (TimeoutException)
                {
                }
                catch (OperationCanceledException)
                {
                    return Error(499, "client went away");
                }
            }
        }
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

    private static long? Long(JsonObject p, string name) => p[name] switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<string>(out var s) && long.TryParse(s, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var result = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            result[key] = value.ToString();
        }

        if (request.HasJsonContentType())
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    result[key] = value?.DeepClone();
                }
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                result[key] = key is "reply_markup" or "allowed_updates" or "commands" ? JsonNode.Parse(text) : text;
            }
        }

        return result;
    }

    private async Task WriteAsync(HttpContext context, string method, JsonObject parameters, FakeResponse response)
    {
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(method, parameters, response.Status, response.Body["description"]?.GetValue<string>(), DateTimeOffset.UtcNow));
        }

        if (response.Status == 499)
        {
            return;
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/json";
        if (response.Body["parameters"]?["retry_after"] is { } retryAfter)
        {
            context.Response.Headers.RetryAfter = retryAfter.ToJsonString();
        }

        await context.Response.WriteAsync(response.Body.ToJsonString());
    }

    private static FakeResponse Ok(JsonNode result) =>
        new((int)HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result });

    private static FakeResponse Error(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return new FakeResponse(code, body);
    }

    private sealed record FakeResponse(int Status, JsonObject Body);
}
