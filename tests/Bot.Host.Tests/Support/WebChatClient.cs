using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Host.Tests.Support;

/// <summary>Talks to the web chat JSON API like the page does.</summary>
public sealed class WebChatClient(HttpClient http, string conversationId)
{
    public async Task<JsonElement> SendTextAsync(string text) => await PostAsync(new { text });

    public async Task<JsonElement> PressAsync(string payload) => await PostAsync(new { payload });

    private async Task<JsonElement> PostAsync(object body)
    {
        var response = await http.PostAsJsonAsync($"/api/webchat/{conversationId}/messages", body);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {json}");
        return json;
    }

    /// <summary>The payload of the button labelled <paramref name="label"/> in a response.</summary>
    public static string Button(JsonElement response, string label) =>
        response.GetProperty("replies").EnumerateArray()
            .SelectMany(r => r.GetProperty("buttons").EnumerateArray())
            .First(b => b.GetProperty("label").GetString() == label)
            .GetProperty("payload").GetString()!;
}
