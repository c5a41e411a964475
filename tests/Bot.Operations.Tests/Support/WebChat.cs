using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Operations.Tests.Support;

/// <summary>Talks to the bot as a resident through the web chat API.</summary>
public static class WebChat
{
    public static Task<JsonElement> SayAsync(HttpClient http, string chatId, string text) =>
        PostAsync(http, chatId, new { text });

    public static Task<JsonElement> PressAsync(HttpClient http, string chatId, string payload) =>
        PostAsync(http, chatId, new { payload });

    private static async Task<JsonElement> PostAsync(HttpClient http, string chatId, object body)
    {
        using var response = await http.PostAsJsonAsync($"/api/webchat/{chatId}/messages", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Every reply text of a web chat answer, joined.</summary>
    public static string Texts(JsonElement answer) =>
        string.Join("\n", answer.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));

    /// <summary>The first link button's URL, or null.</summary>
    public static string? FirstLink(JsonElement answer) =>
        answer.GetProperty("replies").EnumerateArray()
            .SelectMany(r => r.GetProperty("buttons").EnumerateArray())
            .Select(b => b.TryGetProperty("url", out var url) ? url.GetString() : null)
            .FirstOrDefault(u => u is not null);
}
