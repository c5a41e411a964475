using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Fraud.Tests;

/// <summary>The real host (Program) with the repository's content, one per test; officer key configured unless asked not to.</summary>
internal sealed class FraudApp : IDisposable
{
    public const string OfficerKey = "test-officer-key-7f3a";

    private readonly WebApplicationFactory<Program> _factory;

    /// <param name="redis">A Redis connection string: durable stores, officers and the audit stream (as in production).</param>
    /// <param name="settings">More configuration, as an operator would set it.</param>
    public FraudApp(bool officerApi = true, string? redis = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Content:Path", Path.Combine(TestContent.RepoRoot, "content"));
            builder.UseSetting("Fraud:DigestEnabled", "false");
            if (officerApi)
            {
                builder.UseSetting("Admin:ApiKeys:0:Name", "scam-desk");
                builder.UseSetting("Admin:ApiKeys:0:Sha256", KeyHash(OfficerKey));
                builder.UseSetting("Admin:ApiKeys:0:Role", "officer");
                builder.UseSetting("Admin:ApiKeys:0:Areas:0", "*");
            }

            if (redis is not null)
            {
                builder.UseSetting("Redis:ConnectionString", redis);
                builder.UseSetting("Broadcasts:DeliveryEnabled", "false");
            }

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.UseSetting(key, value);
            }
        });
        Client = _factory.CreateClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public static string KeyHash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key))).ToLowerInvariant();

    /// <summary>Sends one web-chat message (text or payload) and returns the parsed answer.</summary>
    public async Task<JsonElement> ChatAsync(string conversation, string? text = null, string? payload = null)
    {
        object body = text is not null ? new { text } : new { payload };
        using var response = await Client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", body);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<string> ReplyTexts(JsonElement answer) =>
        answer.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()!);

    public static IEnumerable<(string Label, string Payload)> Buttons(JsonElement answer) =>
        answer.GetProperty("replies").EnumerateArray()
            .SelectMany(r => r.GetProperty("buttons").EnumerateArray())
            .Select(b => (b.GetProperty("label").GetString()!, b.GetProperty("payload").GetString()!));

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
