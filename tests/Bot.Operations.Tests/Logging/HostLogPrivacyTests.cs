using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Operations.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Operations.Tests.Logging;

public class HostLogPrivacyTests
{
    private const string IdNumber = "001203004567";
    private const string Phone = "0912345678";
    private const string SpacedPhone = "0912 345 678";
    private const string Otp = "482913";

    [Fact]
    public async Task DebugLogsOfARealHostHoldNoPersonalDataOrSecrets()
    {
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = Repository.FixtureContent,
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        };
        foreach (var (key, value) in TestKeys.AdminSettings())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        await using var host = await HostProcess.StartAsync(environment);
        var http = new HttpClient { BaseAddress = host.BaseAddress };

        // Every fixture dialog, typed and pressed, with personal data typed in between.
        foreach (var (chat, flowPhrase) in new[] { ("log-a", "làm thẻ căn cước"), ("log-b", "đăng ký tạm trú") })
        {
            await WebChat.SayAsync(http, chat, "xin chào");
            await WebChat.SayAsync(http, chat, $"số căn cước của tôi là {IdNumber}, điện thoại {SpacedPhone}");
            await WebChat.SayAsync(http, chat, flowPhrase);
            await WebChat.SayAsync(http, chat, "1");
            await WebChat.SayAsync(http, chat, $"mã OTP {Otp} có phải lừa đảo không, gọi {Phone}");
            await WebChat.SayAsync(http, chat, "2");
            await WebChat.PressAsync(http, chat, "c:back");
            await WebChat.PressAsync(http, chat, "c:menu");
        }

        // An officer's signed link (as the bot would send it on Telegram) and API key: secrets too.
        var expires = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        var signature = WebEncoders.Base64UrlEncode(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(TestKeys.LinkSigningKey), Encoding.UTF8.GetBytes($"dashboard-link\nofficer-1\n{expires}")));
        var signedIn = await http.GetAsync($"/admin/link?officer=officer-1&expires={expires}&sig={signature}");
        Assert.Contains("chart-conversations", await signedIn.Content.ReadAsStringAsync()); // the link worked
        await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));
        using (var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/stats?days=7"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.OfficerKey);
            (await http.SendAsync(request)).EnsureSuccessStatusCode();
        }

        await host.StopAsync();
        var lines = host.Output;
        var all = string.Join("\n", lines);

        Assert.True(lines.Count > 20, "the host logged almost nothing; the scan would prove nothing:\n" + all);
        foreach (var secret in new[] { IdNumber, Phone, SpacedPhone, Otp, TestKeys.OfficerKey, TestKeys.LinkSigningKey, signature, "số căn cước của tôi" })
        {
            Assert.DoesNotContain(secret, all);
        }

        // Structured: every line is one JSON object, and request lines carry their trace id.
        var parsed = lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, parsed.Count);
        Assert.Contains(parsed, p => p.GetProperty("Category").GetString() == "Microsoft.AspNetCore.Hosting.Diagnostics"
            && p.TryGetProperty("TraceId", out var trace) && trace.GetString()!.Length == 32);
    }
}
