using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Testing.Telegram;

namespace Bot.Host.Tests.Faults;

/// <summary>
/// The real host, Telegram (the loopback Bot API) and a durable redis-server that is killed and
/// restarted: an alert approved in the quiet hours says "scheduled" and when, survives the outage,
/// and goes out when the quiet hours end; an alert nobody subscribed to is "done" at once.
/// </summary>
public sealed class ScheduledAlertFaultTests
{
    private const long Resident = 7001;
    private const string Area = "ha-noi.hoan-kiem";

    [Fact]
    public async Task AnAlertApprovedInTheQuietHoursIsScheduledSurvivesARedisRestartAndGoesOutWhenTheyEnd()
    {
        await using var redis = await RedisServer.StartAsync(durable: true);
        await using var telegram = await FakeBotApi.StartAsync();
        // Quiet hours that began an hour ago and end 90 seconds from now, in Vietnam time: long enough for a host
        // process to start, a resident to subscribe and an alert to be approved on a busy CI machine.
        var vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, vietnam);
        var end = now.AddSeconds(90);
        await using var host = await FleetHost.StartAsync(redis.Endpoint, new Dictionary<string, string>
        {
            ["Telegram__BotToken"] = telegram.Token,
            ["Telegram__ApiBaseUrl"] = telegram.BaseUrl,
            ["Telegram__Mode"] = "polling",
            ["Broadcasts__QuietHoursStart"] = now.AddHours(-1).TimeOfDay.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
            ["Broadcasts__QuietHoursEnd"] = end.TimeOfDay.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
        });
        await SubscribeAsync(telegram, host);

        var id = await CreateAsync(host, Area);
        using var approved = await host.AsApproverAsync(HttpMethod.Post, $"/api/admin/broadcasts/{id}/approve");
        var answer = await approved.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.True(answer.GetProperty("status").GetString() == "scheduled",
            $"approved {(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, vietnam) - now).TotalSeconds:0} s after the test began (the quiet hours end at 90 s): {answer}");
        var sendAfter = answer.GetProperty("sendAfter").GetDateTimeOffset();
        Assert.Equal(TimeSpan.Zero, sendAfter.Offset); // ISO 8601 in UTC
        Assert.InRange(sendAfter, end.AddSeconds(-1), end.AddSeconds(1));
        Assert.Equal(0, answer.GetProperty("counts").GetProperty("sent").GetInt64());

        // The dashboard's list says the same, with the same name.
        using (var list = await host.AsOfficerAsync(HttpMethod.Get, "/api/admin/broadcasts"))
        {
            var item = (await list.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(b => b.GetProperty("id").GetString() == id);
            Assert.Equal("scheduled", item.GetProperty("status").GetString());
            Assert.Equal(sendAfter, item.GetProperty("sendAfter").GetDateTimeOffset());
        }

        // Redis dies and comes back (its append-only file keeps the schedule); nothing was sent meanwhile.
        redis.Kill();
        await Task.Delay(2_000);
        await redis.RestartAsync();
        await host.EventuallyAsync(async () => (await host.Http.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, "readiness after the Redis restart");
        Assert.Equal("scheduled", await StatusAsync(host, id));
        Assert.DoesNotContain(telegram.MessagesIn(Resident), m => m.Text.Contains(AlertText, StringComparison.Ordinal));

        await host.EventuallyAsync(async () => await StatusAsync(host, id) == "done", "the alert went out after the quiet hours", seconds: 120);
        Assert.Single(telegram.MessagesIn(Resident), m => m.Text.Contains(AlertText, StringComparison.Ordinal));

        // An alert for a ward nobody subscribed in is done the moment it is approved, even in the quiet hours.
        var nobody = await CreateAsync(host, "ha-noi.ba-dinh");
        using var empty = await host.AsApproverAsync(HttpMethod.Post, $"/api/admin/broadcasts/{nobody}/approve");
        var done = await empty.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("done", done.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("sendAfter").ValueKind);
    }

    private const string AlertText = "Công an phường nhắc bà con: không đưa mã OTP cho bất kỳ ai.";

    private static async Task<string> CreateAsync(FleetHost host, string area)
    {
        using var created = await host.AsOfficerAsync(HttpMethod.Post, "/api/admin/broadcasts", new { areas = new[] { area }, topic = "scam", urgent = false, text = AlertText });
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToString());
        Assert.Equal("pending_approval", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetString()!;
    }

    private static async Task<string?> StatusAsync(FleetHost host, string id)
    {
        using var read = await host.AsOfficerAsync(HttpMethod.Get, $"/api/admin/broadcasts/{id}");
        return read.IsSuccessStatusCode ? (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() : null;
    }

    /// <summary>A resident subscribes to alerts for the ward on Telegram: /dangky, the ward's name, the ward's button.</summary>
    private static async Task SubscribeAsync(FakeBotApi telegram, FleetHost host)
    {
        telegram.Enqueue(telegram.TextUpdate(Resident, "/dangky"));
        await host.EventuallyAsync(() => Task.FromResult(telegram.MessagesIn(Resident).Count > 0), "the bot asked for the ward");
        telegram.Enqueue(telegram.TextUpdate(Resident, "hoan kiem"));
        FakeMessage? choice = null;
        await host.EventuallyAsync(() => Task.FromResult((choice = telegram.MessagesIn(Resident).LastOrDefault(m => m.Buttons.Any(b => b.CallbackData == "s:a:" + Area))) is not null),
            "the bot offered the ward");
        telegram.Enqueue(telegram.PressUpdate(choice!, "s:a:" + Area));
        await host.EventuallyAsync(() => Task.FromResult(telegram.MessagesIn(Resident).Any(m => m.Text.Contains("Đã đăng ký", StringComparison.Ordinal))), "the resident is subscribed");
    }
}
