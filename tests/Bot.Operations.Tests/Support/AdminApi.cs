using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Operations.Tests.Support;

/// <summary>Reads the dashboard's JSON API with an officer's API key.</summary>
public static class AdminApi
{
    public static async Task<JsonElement> GetAsync(HttpClient http, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.OfficerKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonElement Flow(JsonElement stats, string id) =>
        stats.GetProperty("flows").EnumerateArray().Single(f => f.GetProperty("id").GetString() == id);

    public static JsonElement Step(JsonElement flow, string node) =>
        flow.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("node").GetString() == node);
}
