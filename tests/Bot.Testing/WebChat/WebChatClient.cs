using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Testing.WebChat;

/// <summary>
/// One resident talking to the bot through the web chat JSON API, as the page does: each call posts one message
/// to <c>/api/webchat/{conversationId}/messages</c> and returns the bot's answer (<c>{ replies: [{ text, buttons }] }</c>).
/// </summary>
/// <remarks>
/// One place for this, so every test project that drives the web chat speaks to it the same way and reads its
/// answers the same way. A test that checks the API's own status codes or its de-duplication by message id posts
/// by hand instead: this client is for conversations that are expected to succeed.
/// </remarks>
public sealed class WebChatClient(HttpClient http, string conversationId)
{
    /// <summary>The resident types <paramref name="text"/>; returns the bot's answer.</summary>
    /// <exception cref="InvalidOperationException">The web chat did not answer 2xx (the message shows why).</exception>
    public Task<JsonElement> SendTextAsync(string text) => PostAsync(new { text });

    /// <summary>The resident presses the button carrying <paramref name="payload"/>; returns the bot's answer.</summary>
    /// <exception cref="InvalidOperationException">The web chat did not answer 2xx (the message shows why).</exception>
    public Task<JsonElement> PressAsync(string payload) => PostAsync(new { payload });

    private async Task<JsonElement> PostAsync(object body)
    {
        using var response = await http.PostAsJsonAsync($"/api/webchat/{conversationId}/messages", body);
        var answer = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"The web chat answered {(int)response.StatusCode} in conversation '{conversationId}': {answer}");
        }

        return JsonSerializer.Deserialize<JsonElement>(answer);
    }

    /// <summary>Every reply text of an answer, one per line.</summary>
    public static string Texts(JsonElement answer) =>
        string.Join("\n", answer.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));

    /// <summary>The payload of the button labelled <paramref name="label"/> in an answer.</summary>
    /// <exception cref="InvalidOperationException">No reply of the answer shows such a button.</exception>
    public static string Button(JsonElement answer, string label) =>
        Buttons(answer).First(b => b.GetProperty("label").GetString() == label).GetProperty("payload").GetString()!;

    /// <summary>The payload of every button in an answer that carries one, in order (a link button carries a URL instead).</summary>
    public static IReadOnlyList<string> Payloads(JsonElement answer) =>
        Buttons(answer).Select(b => b.TryGetProperty("payload", out var payload) ? payload.GetString() : null).OfType<string>().ToList();

    /// <summary>The URL of the first link button in an answer, or null when it shows none.</summary>
    public static string? FirstLink(JsonElement answer) =>
        Buttons(answer)
            .Select(b => b.TryGetProperty("url", out var url) ? url.GetString() : null)
            .FirstOrDefault(u => u is not null);

    private static IEnumerable<JsonElement> Buttons(JsonElement answer) =>
        answer.GetProperty("replies").EnumerateArray().SelectMany(r => r.GetProperty("buttons").EnumerateArray());
}
