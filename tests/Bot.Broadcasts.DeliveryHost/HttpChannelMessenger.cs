using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Testing;

/// <summary>An <see cref="IChannelMessenger"/> over HTTP to <see cref="FakePlatform"/>, mapping answers the way the real channels do.</summary>
public sealed class HttpChannelMessenger(HttpClient http, string channel = HttpChannelMessenger.ChannelName) : IChannelMessenger
{
    public const string ChannelName = "fake";

    public string Channel => channel;

    public async Task<SendOutcome> SendAsync(string chatId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            using var response = await http.PostAsJsonAsync("send", new { chat = chatId, text = reply.Text }, cancellationToken);
            var outcome = await MapAsync(response, cancellationToken);
            if (outcome.Status != SendStatus.Sent)
            {
                return outcome;
            }
        }

        return SendOutcome.Sent;
    }

    public async Task<string?> SendEditableAsync(string chatId, string text, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("editable", new { chat = chatId, text }, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return body.RootElement.GetProperty("result").GetProperty("message_id").GetString();
    }

    public async Task EditAsync(string chatId, string messageId, string text, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync("edit", new { chat = chatId, message_id = messageId, text }, cancellationToken);
    }

    private static async Task<SendOutcome> MapAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                return SendOutcome.Sent;
            case HttpStatusCode.Forbidden:
                return new SendOutcome(SendStatus.Blocked, Detail: "403");
            case HttpStatusCode.TooManyRequests:
                using (var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)))
                {
                    var seconds = body.RootElement.GetProperty("parameters").GetProperty("retry_after").GetInt32();
                    return new SendOutcome(SendStatus.RateLimited, TimeSpan.FromSeconds(seconds), "429");
                }

            case >= HttpStatusCode.InternalServerError:
                return new SendOutcome(SendStatus.TransientFailure, Detail: ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            default:
                return new SendOutcome(SendStatus.Failed, Detail: ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
