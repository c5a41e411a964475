using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Dialogs.Text;
using Bot.Operations.Tests.Support;
using Bot.Testing.Telegram;
using Bot.Testing.WebChat;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Operations.Tests.Logging;

/// <summary>
/// The issue's promise, checked end to end: every dialog, a scam check, an officer enrolment and an alert
/// delivered, through the real host with Redis and Telegram, then every log line and everything in Redis
/// is searched for the personal data and secrets that went in.
/// </summary>
public partial class HostLogPrivacyTests
{
    private const string IdNumber = "079203001234";
    private const string SpacedIdNumber = "079 203 001 234";
    private const string Phone = "0916482735"; // unlike any example number in content (content is stored in Redis too)
    private const string SpacedPhone = "0916 482 735";
    private const string ScammerPhone = "0987654321";
    private const string Otp = "482913";
    // Joined at run time: the repository never holds a string shaped like a real bot token.
    private static readonly string BotToken = string.Join(":", "7012345678", "FAKE-privacyScanToken_0123456789abcdef");
    private const string WebhookSecret = "privacy_scan_secret-0123456789";
    private const string ResidentSentence = "chồng tôi bị lừa mất tiền tiết kiệm ở quê";
    private const string ScamMessage = "Chúc mừng quý khách trúng thưởng xe máy Honda";
    private const long TelegramResident = 7001;
    private const long Author = 7101;
    private const long Chief = 7102;
    private const string Area = "ha-noi.hoan-kiem";
    private const string AlertText = "Công an phường Hoàn Kiếm tiếp nhận hồ sơ cư trú cả sáng thứ Bảy tuần này.";

    [GeneratedRegex(@"/canbo (\S+)")]
    private static partial Regex InviteLine();

    [Fact]
    public async Task NoLogLineOrRedisKeyHoldsAResidentsDataOrASecret()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var telegram = await FakeBotApi.StartAsync(BotToken);
        var environment = Settings(redis, telegram);
        await using var host = await HostProcess.StartAsync(environment: environment);
        var http = new HttpClient { BaseAddress = host.BaseAddress };
        var chat = new TelegramWebhookChat(telegram, http, WebhookSecret);

        await WalkEveryDialogAsync(http);
        var scamCheck = await new WebChatClient(http, "web-scam").SendTextAsync($"/kiemtra {ScamMessage}, gọi {ScammerPhone} hoặc vào http://vneid-capnhat.com để nhận");
        Assert.Contains("Nguy cơ lừa đảo", WebChatClient.Texts(scamCheck)); // the check ran
        await TelegramResidentSubscribesAsync(chat);

        var invites = new List<string>();
        foreach (var (officer, role) in new[] { (Author, "officer"), (Chief, "approver") })
        {
            var code = await InviteAsync(environment, role);
            invites.Add(code);
            Assert.Contains("Đã xác nhận", TelegramWebhookChat.Texts(await chat.SayAsync(officer, "/canbo " + code)));
        }

        await AlertIsComposedApprovedAndDeliveredAsync(chat);
        var signature = await OfficerSignsInAsync(http);

        await host.StopAsync();
        var lines = host.Output;
        Assert.True(lines.Count > 50, "the host logged almost nothing; the scan would prove nothing:\n" + string.Join("\n", lines));

        var secrets = new Dictionary<string, string>
        {
            ["ID number"] = IdNumber,
            ["ID number (spaced)"] = SpacedIdNumber,
            ["phone number"] = Phone,
            ["phone number (spaced)"] = SpacedPhone,
            ["phone number in the checked message"] = ScammerPhone,
            ["OTP code"] = Otp,
            ["bot token"] = BotToken,
            ["bot token (secret part)"] = BotToken[(BotToken.IndexOf(':') + 1)..],
            ["webhook secret"] = WebhookSecret,
            ["officer API key"] = TestKeys.OfficerKey,
            ["link signing key"] = TestKeys.LinkSigningKey,
            ["signed link"] = signature,
            ["resident's message"] = ResidentSentence,
            ["resident's message (folded)"] = VietnameseText.Fold(ResidentSentence),
            ["checked message"] = ScamMessage,
            ["checked message (folded)"] = VietnameseText.Fold(ScamMessage),
        };
        for (var i = 0; i < invites.Count; i++)
        {
            secrets[$"invite code {i + 1}"] = invites[i];
        }

        await using var reader = await redis.ConnectAsync();
        var stored = await RedisContents.EntriesAsync(reader);
        Assert.True(stored.Count > 20, "Redis holds almost nothing; the scan would prove nothing");
        var findings = new List<string>();
        foreach (var (what, secret) in secrets)
        {
            findings.AddRange(lines.Select((line, n) => (line, n))
                .Where(l => l.line.Contains(secret, StringComparison.OrdinalIgnoreCase))
                .Select(l => $"{what} in log line {l.n + 1}: {l.line}"));
            findings.AddRange(stored.Where(e => e.Value.Contains(secret, StringComparison.OrdinalIgnoreCase))
                .Select(e => $"{what} in Redis, {e.Where}: {Shorten(e.Value)}"));
        }

        Assert.True(findings.Count == 0, "Personal data or secrets found:\n" + string.Join("\n", findings.Distinct()));

        // Structured: every line is one JSON object, and request lines carry their trace id.
        var parsed = lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(lines.Count, parsed.Count);
        Assert.Contains(parsed, p => p.GetProperty("Category").GetString() == "Microsoft.AspNetCore.Hosting.Diagnostics"
            && p.TryGetProperty("TraceId", out var trace) && trace.GetString()!.Length == 32);
    }

    private static Dictionary<string, string> Settings(RedisServer redis, FakeBotApi telegram)
    {
        var environment = new Dictionary<string, string>
        {
            ["Content__Path"] = Path.Combine(RepositoryPaths.Root, "content"),
            ["Redis__ConnectionString"] = redis.Endpoint,
            ["Telegram__BotToken"] = BotToken,
            ["Telegram__Mode"] = "webhook",
            ["Telegram__WebhookUrl"] = "https://bot.example.test/telegram/webhook",
            ["Telegram__SecretToken"] = WebhookSecret,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram__PerChatRate"] = "1000",
            ["Telegram__PerChatBurst"] = "20",
            ["Broadcasts__ProgressInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Debug",
            ["Logging__LogLevel__Microsoft"] = "Debug",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Debug",
        };
        foreach (var (key, value) in TestKeys.AdminSettings())
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }

        return environment;
    }

    /// <summary>Opens every flow of the content and follows its first buttons, typing personal data on the way.</summary>
    private static async Task WalkEveryDialogAsync(HttpClient http)
    {
        var flows = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "content", "flows"), "*.yaml")
            .Select(f => File.ReadLines(f).Select(l => Regex.Match(l, @"^id:\s*(\S+)")).First(m => m.Success).Groups[1].Value)
            .ToList();
        Assert.True(flows.Count >= 5, "content flows not found");
        foreach (var flow in flows)
        {
            var resident = new WebChatClient(http, "web-" + flow);
            await resident.SendTextAsync("xin chào");
            await resident.SendTextAsync($"số căn cước của tôi là {SpacedIdNumber}, điện thoại {SpacedPhone}");
            var answer = await resident.PressAsync("f:" + flow);
            await resident.SendTextAsync(ResidentSentence);
            await resident.SendTextAsync($"mã OTP của tôi là {Otp}");
            for (var step = 0; step < 6; step++)
            {
                var next = WebChatClient.Payloads(answer).FirstOrDefault(p => p.StartsWith($"b:{flow}:", StringComparison.Ordinal));
                if (next is null)
                {
                    break;
                }

                answer = await resident.PressAsync(next);
                await resident.SendTextAsync(step % 2 == 0 ? IdNumber : Phone);
            }

            await resident.SendTextAsync(Otp);
            await resident.PressAsync("c:back");
            await resident.PressAsync("c:menu");
        }
    }

    private static async Task TelegramResidentSubscribesAsync(TelegramWebhookChat chat)
    {
        await chat.SayAsync(TelegramResident, "/start");
        await chat.SayAsync(TelegramResident, $"tôi là {ResidentSentence}, số {IdNumber}, gọi {Phone}");
        // As a resident subscribes: the command, the ward's name, then the ward's button (only buttons shown can be pressed).
        await chat.SayAsync(TelegramResident, "/dangky");
        await chat.SayAsync(TelegramResident, "hoan kiem");
        var subscribed = await chat.PressAsync(TelegramResident, "s:a:" + Area);
        Assert.Contains("Đã đăng ký", TelegramWebhookChat.Texts(subscribed));
    }

    private static async Task<string> InviteAsync(Dictionary<string, string> environment, string role)
    {
        var (exit, output) = await HostProcess.RunCliAsync(environment,
            "officers", "invite", "--area", Area, "--role", role, "--areas", Path.Combine(RepositoryPaths.Root, "content", "areas.yaml"));
        Assert.True(exit == 0, "officers invite failed:\n" + output);
        return InviteLine().Match(output).Groups[1].Value;
    }

    private static async Task AlertIsComposedApprovedAndDeliveredAsync(TelegramWebhookChat chat)
    {
        Assert.Contains("o:a:" + Area, TelegramWebhookChat.Payloads(await chat.SayAsync(Author, "/canhbao")));
        await chat.PressAsync(Author, "o:a:" + Area);
        await chat.PressAsync(Author, "o:ad");
        await chat.PressAsync(Author, "o:t:scam");
        await chat.PressAsync(Author, "o:u:1");
        // Plain news: an alert that reads like a scam warning is taken by the scam check before the
        // compose dialog sees it (ScamCheckTurnHandler runs before OfficerTurnHandler), reported separately.
        var preview = await chat.SayAsync(Author, AlertText);
        Assert.True(TelegramWebhookChat.Payloads(preview).Contains("o:send"), "no preview to send:\n" + TelegramWebhookChat.Texts(preview));
        var submitted = await chat.PressAsync(Author, "o:send");
        var id = TelegramWebhookChat.Payloads(submitted).Single(p => p.StartsWith("o:c:", StringComparison.Ordinal))["o:c:".Length..];

        await chat.WaitForAsync(Chief, "chờ duyệt");
        Assert.Contains("Đã duyệt", TelegramWebhookChat.Texts(await chat.PressAsync(Chief, "o:ok:" + id)));
        await chat.WaitForAsync(TelegramResident, "sáng thứ Bảy");
        await chat.WaitForAsync(Author, "Đã nhận: 1");
    }

    /// <summary>An officer's signed link (as the bot would send it on /dashboard) and API key: secrets too.</summary>
    private static async Task<string> OfficerSignsInAsync(HttpClient http)
    {
        var expires = DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds();
        var signature = WebEncoders.Base64UrlEncode(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(TestKeys.LinkSigningKey), Encoding.UTF8.GetBytes($"dashboard-link\nofficer-1\n{expires}")));
        var signedIn = await http.GetAsync($"/admin/link?officer=officer-1&expires={expires}&sig={signature}");
        Assert.Contains("chart-conversations", await signedIn.Content.ReadAsStringAsync()); // the link worked
        await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/stats?days=7");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.OfficerKey);
        (await http.SendAsync(request)).EnsureSuccessStatusCode();
        return signature;
    }

    private static string Shorten(string value) => value.Length <= 300 ? value : value[..300] + "…";
}
