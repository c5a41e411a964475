using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Broadcasts.Redis;
using Bot.Broadcasts.Storage;
using Bot.Operations.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>One set of status names: the dashboard's list and the admin API's detail say the same for the same alert, in every state.</summary>
public sealed class AlertStatusAgreementTests
{
    // 23:30 in Vietnam (UTC+7): the quiet hours, which end at 07:00.
    private static readonly DateTimeOffset Night = new(2026, 12, 4, 16, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListAndDetailNameEveryStateAlike()
    {
        await using var desk = await AlertDesk.StartAsync(Night);
        await desk.SubscribeAsync(AlertDesk.Commune, 501, 502);
        var author = desk.Client(AlertDesk.AuthorKey);
        var approver = desk.Client(AlertDesk.ApproverKey);

        var pending = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        var rejected = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/admin/broadcasts/{rejected}/reject", null)).StatusCode);
        var cancelled = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        Assert.Equal(HttpStatusCode.OK, (await author.PostAsync($"/api/admin/broadcasts/{cancelled}/cancel", null)).StatusCode);

        var scheduled = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        using var approved = await approver.PostAsync($"/api/admin/broadcasts/{scheduled}/approve", null);
        var answer = await approved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("scheduled", answer.GetProperty("status").GetString());
        // The approve answer says when delivery starts, in both languages.
        Assert.Contains("07:00", answer.GetProperty("next").GetProperty("vi").GetString());
        Assert.Equal("Approved during the quiet hours: delivery waits until 07:00 Vietnam time (00:00 UTC).", answer.GetProperty("next").GetProperty("en").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), answer.GetProperty("sendAfter").GetDateTimeOffset());

        var sending = await CreateAsync(author, AlertDesk.Commune, urgent: true);
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/admin/broadcasts/{sending}/approve", null)).StatusCode);
        var done = await CreateAsync(author, "ha-noi.ba-dinh", urgent: true); // nobody subscribed there: done at once
        using var doneAnswer = await approver.PostAsync($"/api/admin/broadcasts/{done}/approve", null);
        Assert.Contains("Nobody", (await doneAnswer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("next").GetProperty("en").GetString());

        var expired = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        await ExpireAsync(desk, expired); // waited longer than the 12 hours approval may take

        var expected = new Dictionary<string, string>
        {
            [pending] = "pending_approval", [rejected] = "rejected", [cancelled] = "cancelled", [scheduled] = "scheduled",
            [sending] = "sending", [done] = "done", [expired] = "expired",
        };
        await AssertAgreeAsync(approver, expected);
        Assert.Equal(Bot.Broadcasts.Alerts.AlertStatus.All.Order(), expected.Values.Order());
    }

    [Fact]
    public async Task NamesStoredByEarlierVersionsAreReadAndWrittenBackAsToday()
    {
        await using var desk = await AlertDesk.StartAsync(Night);
        await desk.SubscribeAsync(AlertDesk.Commune, 501);
        var author = desk.Client(AlertDesk.AuthorKey);
        var approver = desk.Client(AlertDesk.ApproverKey);

        // Shown as 'awaiting_approval' once; an alert approved in the quiet hours was stored as 'sending' before 'scheduled' existed.
        var waiting = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        var held = await CreateAsync(author, AlertDesk.Commune, urgent: false);
        var db = Redis(desk);
        var keys = desk.Factory.Services.GetRequiredService<RedisKeys>();
        await db.HashSetAsync(keys.Alert(waiting), "status", "awaiting_approval");
        var approvedAt = Night.ToUnixTimeMilliseconds();
        await db.HashSetAsync(keys.Alert(held), [new("status", "sending"), new("approved", approvedAt), new("sendAfter", approvedAt + 7_200_000)]);

        await AssertAgreeAsync(approver, new() { [waiting] = "pending_approval", [held] = "scheduled" });
        Assert.Equal("pending_approval", (string?)await db.HashGetAsync(keys.Alert(waiting), "status"));
        Assert.Equal("scheduled", (string?)await db.HashGetAsync(keys.Alert(held), "status"));

        // Written back, so the rules work on it: the migrated alert can be approved.
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/admin/broadcasts/{waiting}/approve", null)).StatusCode);
    }

    [Fact]
    public async Task TheDeliveryReportDownloadsAsCsvWithCountsAndNoChatIds()
    {
        await using var desk = await AlertDesk.StartAsync(DateTimeOffset.UtcNow, deliver: true);
        await desk.SubscribeAsync(AlertDesk.Commune, 7_700_100_001, 7_700_100_002, 7_700_100_003);
        var author = desk.Client(AlertDesk.AuthorKey);
        var approver = desk.Client(AlertDesk.ApproverKey);
        var id = await CreateAsync(author, AlertDesk.Commune, urgent: true);
        Assert.Equal(HttpStatusCode.OK, (await approver.PostAsync($"/api/admin/broadcasts/{id}/approve", null)).StatusCode);

        for (var i = 0; i < 150 && (await StatusAsync(approver, id)) != "done"; i++)
        {
            await Task.Delay(200);
        }

        Assert.Equal("done", await StatusAsync(approver, id));
        using var report = await author.GetAsync($"/api/admin/broadcasts/{id}/report.csv");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        Assert.Equal("text/csv", report.Content.Headers.ContentType!.MediaType);
        Assert.Contains($"bao-cao-canh-bao-{id}.csv", report.Content.Headers.ContentDisposition!.ToString());
        var lines = (await report.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Bot.Broadcasts.Web.DeliveryReportCsv.Header, lines[0]);
        Assert.Contains(lines, l => l.StartsWith($"{id},done,đã xong,scam,", StringComparison.Ordinal) && l.EndsWith(",all,sent,,đã nhận,3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",telegram,reached,", StringComparison.Ordinal) && l.EndsWith(",3", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(",telegram,subscribers,", StringComparison.Ordinal) && l.EndsWith(",3", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("7700100", l, StringComparison.Ordinal));
        Assert.Equal(3, desk.Telegram.RequestsFor("sendMessage").Count(r => r.Parameters["text"]?.ToString().Contains("Cảnh giác", StringComparison.Ordinal) == true));

        // Outside the officer's areas, or an alert that does not exist: a clear refusal, never a file.
        Assert.Equal(HttpStatusCode.NotFound, (await author.GetAsync("/api/admin/broadcasts/zzzzzzzzzz/report.csv")).StatusCode);
    }

    [Fact]
    public async Task ChangesWithTheDashboardCookieMustComeFromTheDashboard()
    {
        await using var desk = await AlertDesk.StartAsync(Night);
        var id = await CreateAsync(desk.Client(AlertDesk.AuthorKey), AlertDesk.Commune, urgent: false);
        var cookie = await SignInAsync(desk, AlertDesk.ApproverKey);

        // A form on another site posting with the officer's cookie (the browser adds it), or a script without the dashboard's header.
        using var crossSite = Request(HttpMethod.Post, $"/api/admin/broadcasts/{id}/approve", cookie);
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        crossSite.Headers.Add("Origin", "https://attacker.example");
        crossSite.Headers.Add("X-Bot-Dashboard", "1");
        using var refused = await desk.Factory.CreateClient().SendAsync(crossSite);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Cross-site request refused", await refused.Content.ReadAsStringAsync());

        using var headerless = Request(HttpMethod.Post, $"/api/admin/broadcasts/{id}/approve", cookie);
        headerless.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Factory.CreateClient().SendAsync(headerless)).StatusCode);

        using var oldBrowser = Request(HttpMethod.Post, $"/api/admin/broadcasts/{id}/approve", cookie);
        oldBrowser.Headers.Add("Origin", "https://attacker.example");
        oldBrowser.Headers.Add("X-Bot-Dashboard", "1");
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.Factory.CreateClient().SendAsync(oldBrowser)).StatusCode);
        Assert.Equal("pending_approval", await StatusAsync(desk.Client(AlertDesk.ApproverKey), id));

        // Reading stays possible, and the dashboard's own request goes through.
        using var read = Request(HttpMethod.Get, $"/api/admin/broadcasts/{id}", cookie);
        Assert.Equal(HttpStatusCode.OK, (await desk.Factory.CreateClient().SendAsync(read)).StatusCode);
        using var own = Request(HttpMethod.Post, $"/api/admin/broadcasts/{id}/approve", cookie);
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        own.Headers.Add("X-Bot-Dashboard", "1");
        Assert.Equal(HttpStatusCode.OK, (await desk.Factory.CreateClient().SendAsync(own)).StatusCode);

        // Another site cannot sign a browser in with a key of its choosing either.
        using var login = new HttpRequestMessage(HttpMethod.Post, "/admin/login") { Content = new FormUrlEncodedContent([new("key", AlertDesk.AuthorKey)]) };
        login.Headers.Add("Sec-Fetch-Site", "cross-site");
        using var forged = await desk.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(login);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.False(forged.Headers.Contains("Set-Cookie"));
    }

    private static async Task AssertAgreeAsync(HttpClient reader, Dictionary<string, string> expected)
    {
        var list = (await reader.GetFromJsonAsync<JsonElement>("/api/admin/broadcasts")).EnumerateArray()
            .ToDictionary(b => b.GetProperty("id").GetString()!, b => b.GetProperty("status").GetString());
        foreach (var (id, status) in expected)
        {
            Assert.Equal((id, status), (id, list[id]));
            Assert.Equal((id, status), (id, await StatusAsync(reader, id)));
        }
    }

    private static async Task<string> CreateAsync(HttpClient author, string area, bool urgent)
    {
        using var created = await author.PostAsJsonAsync("/api/admin/broadcasts",
            new { areas = new[] { area }, topic = "scam", urgent, text = "Cảnh giác cuộc gọi giả danh công an đòi chuyển tiền." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<string?> StatusAsync(HttpClient reader, string id) =>
        (await reader.GetFromJsonAsync<JsonElement>($"/api/admin/broadcasts/{id}")).GetProperty("status").GetString();

    private static IDatabase Redis(AlertDesk desk) => desk.Factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    private static async Task ExpireAsync(AlertDesk desk, string id)
    {
        var keys = desk.Factory.Services.GetRequiredService<RedisKeys>();
        var expires = desk.Time.GetUtcNow() - TimeSpan.FromHours(1);
        await Redis(desk).HashSetAsync(keys.Alert(id), "expires", expires.ToUnixTimeMilliseconds());
    }

    private static async Task<string> SignInAsync(AlertDesk desk, string key)
    {
        var browser = desk.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var response = await browser.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", key)]));
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("bot_admin=", StringComparison.Ordinal));
        return setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)];
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string cookie)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return request;
    }
}
