using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>The webhook's 200 that stops a button's spinner: <c>{"method":"answerCallbackQuery","callback_query_id":"…"}</c>.</summary>
/// <remarks>
/// The same bytes, content type and length as <c>Results.Text(json, "application/json")</c> sent, written
/// straight into the response from kept bytes around the id: that built a string per press (the JSON, the
/// escaped id and its string) and parsed its content type again. Telegram's ids are letters and digits,
/// copied as they are; any other id is escaped as <see cref="JsonEncodedText"/> escaped it before.
/// </remarks>
internal sealed class CallbackAnswerResult(string callbackId) : IResult
{
    private const string ContentType = "application/json";

    private static ReadOnlySpan<byte> Head => "{\"method\":\"answerCallbackQuery\",\"callback_query_id\":\""u8;

    private static ReadOnlySpan<byte> Tail => "\"}"u8;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var escaped = IsPlain(callbackId) ? null : JsonEncodedText.Encode(callbackId).EncodedUtf8Bytes.ToArray();
        var length = Head.Length + (escaped?.Length ?? callbackId.Length) + Tail.Length;
        var response = httpContext.Response;
        response.ContentType = ContentType;
        response.ContentLength = length;

        var writer = response.BodyWriter;
        Write(writer.GetSpan(length), escaped);
        writer.Advance(length);
        await writer.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
    }

    private void Write(Span<byte> target, byte[]? escaped)
    {
        Head.CopyTo(target);
        var at = Head.Length;
        at += escaped is null ? Encoding.UTF8.GetBytes(callbackId, target[at..]) : Copy(escaped, target[at..]);
        Tail.CopyTo(target[at..]);
    }

    private static int Copy(byte[] bytes, Span<byte> target)
    {
        bytes.CopyTo(target);
        return bytes.Length;
    }

    /// <summary>True when no character of <paramref name="id"/> needs escaping in JSON (ASCII letters, digits, '-' and '_').</summary>
    private static bool IsPlain(string id)
    {
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
