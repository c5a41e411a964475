using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.LoadTest;

/// <summary>
/// The ceiling: a bot with no state and no dialog that makes the same Bot API calls per turn as the
/// real ones (answerCallbackQuery for a press, one sendMessage with an inline keyboard), answering inline.
/// </summary>
internal static class EchoBot
{
    // About as long as an e-ID step, so both sides move similar bytes.
    private const string Filler = "Đây là câu trả lời thử, dài gần bằng một bước hướng dẫn VNeID: mở ứng dụng, bấm nút, "
                                  + "nhập số căn cước và số điện thoại, rồi nhập mã OTP. Không đưa mã OTP cho bất kỳ ai.";

    public static async Task<int> MainAsync(string[] args)
    {
        string Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
                                   ?? throw new ArgumentException($"echo needs {name}");
        var port = int.Parse(Arg("--port"), CultureInfo.InvariantCulture);
        var api = Arg("--api").TrimEnd('/') + "/bot123456:ECHO-token/";
        var secret = Encoding.UTF8.GetBytes(Arg("--secret"));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, MaxConnectionsPerServer = int.MaxValue });
        var json = new MediaTypeHeaderValue("application/json");

        app.MapPost("/telegram/webhook", async (HttpContext context) =>
        {
            var given = Encoding.UTF8.GetBytes(context.Request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString());
            if (!CryptographicOperations.FixedTimeEquals(given, secret))
            {
                return Results.StatusCode(401);
            }

            using var update = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = update.RootElement;
            long chatId;
            string said;
            if (root.TryGetProperty("callback_query", out var query))
            {
                chatId = query.GetProperty("message").GetProperty("chat").GetProperty("id").GetInt64();
                said = query.GetProperty("data").GetString() ?? "";
                await PostAsync(http, api + "answerCallbackQuery",
                    JsonSerializer.SerializeToUtf8Bytes(new { callback_query_id = query.GetProperty("id").GetString() }), json);
            }
            else if (root.TryGetProperty("message", out var message))
            {
                chatId = message.GetProperty("chat").GetProperty("id").GetInt64();
                said = message.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            }
            else
            {
                return Results.Ok();
            }

            var reply = new
            {
                chat_id = chatId,
                text = said + ": " + Filler,
                parse_mode = "HTML",
                reply_markup = new { inline_keyboard = new[] { new[] { new { text = "Tiếp", callback_data = "echo:next" } } } },
            };
            await PostAsync(http, api + "sendMessage", JsonSerializer.SerializeToUtf8Bytes(reply), json);
            return Results.Ok();
        });

        await app.RunAsync();
        return 0;
    }

    private static async Task PostAsync(HttpClient http, string url, byte[] body, MediaTypeHeaderValue type)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = type;
        using var response = await http.PostAsync(url, content);
        response.EnsureSuccessStatusCode();
    }
}
