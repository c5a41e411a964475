using System.Net;
using Bot.Operations.Tests.Support;
using Bot.Testing.WebChat;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Operations.Tests.Dashboard;

public class SignInTests
{
    [Theory]
    [InlineData("/api/admin/stats?days=7")]
    [InlineData("/api/admin/status")]
    [InlineData("/api/admin/broadcasts")]
    public async Task TheApiAnswersNobodyWhoHasNotSignedIn(string path)
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(path)).StatusCode);

        using var wrong = new HttpRequestMessage(HttpMethod.Get, path);
        wrong.Headers.Authorization = new("Bearer", "not-the-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(wrong)).StatusCode);
    }

    [Fact]
    public async Task AWrongKeyShowsTheSignInPageAgainWithoutASession()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var response = await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", "guess")]));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Contains("Khóa không đúng", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheRightKeyOpensASessionInAStrictHttpOnlySecureCookie()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var response = await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("bot_admin=", cookie);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        var signedIn = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        await signedIn.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));
        var status = await signedIn.GetStringAsync("/api/admin/status");
        Assert.Contains("Cán bộ Lan", status);
        Assert.Contains("chart-conversations", await signedIn.GetStringAsync("/admin"));
    }

    [Fact]
    public async Task AnOfficerAsksTheBotForALinkAndItSignsThemIn()
    {
        await using var factory = new OpsFactory();
        var answer = await OfficerChat.SayAsync(factory.Services, TestKeys.OfficerChatId, "/dashboard");
        var link = OfficerChat.Link(answer);
        Assert.NotNull(link);
        Assert.Contains("10 phút", OfficerChat.Texts(answer));

        var browser = factory.CreateClient();
        using var response = await browser.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/admin", response.RequestMessage!.RequestUri!.AbsolutePath); // the signed query left the address bar
        Assert.Contains("Cán bộ Minh", await browser.GetStringAsync("/api/admin/status"));
    }

    [Fact]
    public async Task AResidentAskingForTheDashboardGetsNoLink()
    {
        await using var factory = new OpsFactory();
        var answer = await OfficerChat.SayAsync(factory.Services, "resident-x", "/dashboard");
        Assert.Null(OfficerChat.Link(answer));
        Assert.Contains("chỉ dành cho cán bộ", OfficerChat.Texts(answer));
    }

    [Fact]
    public async Task AWebChatClaimingAnOfficersChatIdGetsNoLink()
    {
        await using var factory = new OpsFactory();
        var answer = await new WebChatClient(factory.CreateClient(), TestKeys.OfficerChatId).SendTextAsync("/dashboard");
        Assert.Null(WebChatClient.FirstLink(answer));
        Assert.Contains("chỉ dành cho cán bộ", WebChatClient.Texts(answer));
    }

    [Fact]
    public async Task AnOfficerRegisteredOnTheWebChatStopsTheStartWithAClearMessage()
    {
        var settings = TestKeys.AdminSettings();
        settings["Admin:Officers:0:Channel"] = "web";
        await using var factory = new OpsFactory { Settings = settings };
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("Admin:Officers:0:Channel", error.ToString());
    }

    [Fact]
    public async Task ATamperedOrExpiredLinkIsRefused()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var factory = new OpsFactory { TestServices = s => s.AddSingleton<TimeProvider>(time) };
        var answer = await OfficerChat.SayAsync(factory.Services, TestKeys.OfficerChatId, "/dashboard");
        var link = new Uri(OfficerChat.Link(answer)!).PathAndQuery;
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var tampered = link.Replace("officer=officer-1", "officer=officer-2", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(tampered)).StatusCode);

        time.Advance(TimeSpan.FromMinutes(11));
        using var expired = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
        Assert.Contains("hết hạn", await expired.Content.ReadAsStringAsync());
        Assert.False(expired.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AForgedSessionCookieIsIgnored()
    {
        await using var factory = new OpsFactory();
        var http = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/status");
        request.Headers.Add("Cookie", "bot_admin=djEKTWFsbG9yeQphZG1pbgo5OTk5OTk5OTk5.c2lnbmF0dXJl");
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task FortyWrongKeysThenTheRightOneGetsAWaitPageNotTheDashboard()
    {
        var time = new ManualTime(DateTimeOffset.UtcNow);
        await using var factory = new OpsFactory { TestServices = s => s.AddSingleton<TimeProvider>(time) };
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 40; i++)
        {
            using var wrong = await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", "guess-" + i)]));
            Assert.True(wrong.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests);
        }

        using var right = await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.False(right.Headers.Contains("Set-Cookie"));
        var wait = right.Headers.RetryAfter!.Delta!.Value;
        Assert.True(wait >= TimeSpan.FromSeconds(1), $"Retry-After {wait}");
        Assert.Contains("Đã nhập sai khóa quá nhiều lần", await right.Content.ReadAsStringAsync());

        time.Advance(wait);
        using var later = await http.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task SigningOutEndsTheSessionOnTheServerNotJustInTheBrowser()
    {
        await using var factory = new OpsFactory();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var signedIn = await browser.PostAsync("/admin/login", new FormUrlEncodedContent([new("key", TestKeys.OfficerKey)]));
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single().Split(';')[0];

        using var signOut = new HttpRequestMessage(HttpMethod.Post, "/admin/logout");
        signOut.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SendAsync(signOut)).StatusCode);

        using var replay = new HttpRequestMessage(HttpMethod.Get, "/api/admin/status"); // a copy of the old cookie
        replay.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.SendAsync(replay)).StatusCode);
    }

    [Fact]
    public async Task ABrowserWithoutASessionIsSentToTheSignInPage()
    {
        await using var factory = new OpsFactory();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Accept.ParseAdd("text/html");

        using var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/login", response.Headers.Location!.OriginalString);
        Assert.Contains("Đăng nhập", await browser.GetStringAsync("/admin/login"));
    }
}
