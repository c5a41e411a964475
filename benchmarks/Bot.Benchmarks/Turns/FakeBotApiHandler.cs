using System.Net;
using System.Text;

namespace Bot.Benchmarks.Turns;

/// <summary>The Telegram Bot API in process: canned JSON answers, no sockets, so a turn's cost is the bot's own.</summary>
/// <remarks>
/// sendMessage is answered like Telegram does (a whole message back, text and keyboard included, canned so the fake
/// allocates nothing per call), so the bot pays for reading the reply as it would in production. The last
/// sendMessage body can be kept for the setup (to find a button).
/// </remarks>
internal sealed class FakeBotApiHandler : HttpMessageHandler
{
    private static readonly byte[] True = "{\"ok\":true,\"result\":true}"u8.ToArray();
    private static readonly byte[] Me =
        "{\"ok\":true,\"result\":{\"id\":4242,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}}"u8.ToArray();

    /// <summary>When set, each sendMessage body is kept in <see cref="LastSent"/> (setup only: it allocates).</summary>
    public bool KeepSent { get; set; }

    public string? LastSent { get; private set; }

    public int SendMessages { get; private set; }

    public int CallbackAnswers { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        byte[] answer;
        if (path.EndsWith("/sendMessage", StringComparison.OrdinalIgnoreCase))
        {
            SendMessages++;
            if (KeepSent)
            {
                LastSent = await request.Content!.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // The request is written out as it would be to a socket (the bot's cost), then dropped.
                await request.Content!.CopyToAsync(Stream.Null, cancellationToken).ConfigureAwait(false);
            }

            answer = Sent;
        }
        else if (path.EndsWith("/answerCallbackQuery", StringComparison.OrdinalIgnoreCase))
        {
            CallbackAnswers++;
            answer = True;
        }
        else
        {
            answer = path.EndsWith("/getMe", StringComparison.OrdinalIgnoreCase) ? Me : True;
        }

        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(answer) { Headers = { { "Content-Type", "application/json" } } },
            RequestMessage = request,
        };
    }

    /// <summary>Telegram's answer to a sendMessage: the message back, with a step's worth of text and a keyboard.</summary>
    private static readonly byte[] Sent = Encoding.UTF8.GetBytes(
        "{\"ok\":true,\"result\":{\"message_id\":1001,\"date\":1764900000," +
        "\"from\":{\"id\":4242,\"is_bot\":true,\"first_name\":\"Bench\",\"username\":\"bench_bot\"}," +
        "\"chat\":{\"id\":7001,\"first_name\":\"Resident\",\"type\":\"private\"}," +
        "\"text\":\"Tài khoản định danh điện tử mức 2 giúp bà con làm thủ tục trên mạng. Bà con cần căn cước có gắn chip và số điện thoại chính chủ. Bà con muốn làm gì?\"," +
        "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Tôi muốn làm mức 2\",\"callback_data\":\"b:eid:intro:level2\"}]," +
        "[{\"text\":\"Quay lại\",\"callback_data\":\"c:back\"},{\"text\":\"Menu chính\",\"callback_data\":\"c:menu\"}]]}}}");
}
