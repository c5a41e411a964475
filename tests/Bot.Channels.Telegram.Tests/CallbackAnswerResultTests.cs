using System.Text.Json;
using Bot.Channels.Telegram.Receiving;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>The webhook's answer to a button press is, byte for byte, the one it built as a string before.</summary>
public sealed class CallbackAnswerResultTests
{
    [Theory]
    [InlineData("4382bfdwdsb323b2d9")]
    [InlineData("1234567890123456789")]
    [InlineData("id-with_dash")]
    [InlineData("quote\"and\\slash")]
    [InlineData("<html> & 'tick' +plus `back`")]
    [InlineData("dấu tiếng Việt ✓")]
    [InlineData("")]
    public async Task TheAnswerIsTheSameBytesTypeAndLengthAsTheStringItReplaced(string callbackId)
    {
        var before = Results.Text(
            "{\"method\":\"answerCallbackQuery\",\"callback_query_id\":\"" + JsonEncodedText.Encode(callbackId).ToString() + "\"}",
            "application/json");

        var (oldBytes, oldType, oldLength, oldStatus) = await RunAsync(before);
        var (newBytes, newType, newLength, newStatus) = await RunAsync(new CallbackAnswerResult(callbackId));

        Assert.Equal(oldBytes, newBytes);
        Assert.Equal(oldType, newType);
        Assert.Equal(oldLength, newLength);
        Assert.Equal(oldStatus, newStatus);
        Assert.Equal(callbackId, JsonDocument.Parse(newBytes).RootElement.GetProperty("callback_query_id").GetString());
    }

    private static async Task<(byte[] Body, string? ContentType, long? ContentLength, int Status)> RunAsync(IResult result)
    {
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        using var body = new MemoryStream();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = body;

        await result.ExecuteAsync(context);
        await context.Response.BodyWriter.FlushAsync();

        return (body.ToArray(), context.Response.ContentType, context.Response.ContentLength, context.Response.StatusCode);
    }
}
