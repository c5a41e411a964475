using System.Reflection;
using Bot.Admin;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;
using Bot.Operations.Analytics;
using Bot.Operations.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>The dashboard page, its sign-in routes and its JSON API; every route but signing in names a role policy.</summary>
public static class DashboardEndpoints
{
    /// <summary>The sign-in form holds one key: anything longer is refused unread, chunked or not.</summary>
    private const int SignInFormLimit = 4096;

    // Escapes markup but keeps Vietnamese letters as they are.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin", (HttpContext http) => Page(http, "dashboard.html")).RequireAuthorization(AdminPolicies.AnyRole);

        // Signing in and out, and the page's own files, are open to everyone: they are how one gets a session.
        app.MapGet("/admin/assets/{file}", (string file) => Asset(file)).AllowAnonymous();
        app.MapGet(AdminAuthenticationHandler.SignInPath, SignInPageAsync).AllowAnonymous();
        app.MapPost(AdminAuthenticationHandler.SignInPath, SignInAsync).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/admin/link", LinkAsync).AllowAnonymous();
        app.MapPost("/admin/logout", SignOutAsync).AllowAnonymous().DisableAntiforgery(); // ends only the caller's own session

        var api = app.MapGroup("/api/admin").RequireAuthorization(AdminPolicies.AnyRole);
        api.MapGet("/stats", StatsAsync);
        api.MapGet("/broadcasts", async (IBroadcastProgressSource source, CancellationToken ct) =>
            Results.Json(await source.RecentAsync(20, ct)));
        api.MapGet("/status", StatusAsync);
        api.MapGet("/cards", (IEngineProvider engines) => Results.Json(CardList.Build(engines.Current.Content)));
        app.MapSessionAdmin();
        app.MapDialogPictures();
        return app;
    }

    private static async Task<IResult> SignInPageAsync(HttpContext http, AdminSessions sessions)
    {
        bool signedIn;
        try
        {
            signedIn = http.Request.Cookies.TryGetValue(AdminAuthenticationDefaults.CookieName, out var token)
                && await sessions.FindAsync(token, http.RequestAborted) is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            signedIn = false; // the session store does not answer: the form is still the right page to show
        }

        return signedIn ? Results.Redirect("/admin", permanent: false, preserveMethod: false) : LoginPage(http, null);
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, AdminKeyAuthenticator keys, SignInThrottle throttle, AdminSessions sessions, IOptionsMonitor<AdminOptions> options)
    {
        if (CrossSiteRequests.IsCrossSite(http.Request))
        {
            // Another site must not sign a browser in (to a session it chose) any more than act in one.
            return LoginPage(http, "Hãy mở trang đăng nhập của bảng điều khiển rồi nhập khóa tại đó.", 403);
        }

        var address = http.Connection.RemoteIpAddress;
        if (throttle.Wait(address) is { } wait)
        {
            // Even the right key waits: the answer must not tell a guesser when they hit.
            SignInThrottle.Refused();
            return TooManyAttempts(http, wait);
        }

        string? presented = null;
        if (http.Request.HasFormContentType && http.Request.ContentLength is null or < SignInFormLimit)
        {
            // A chunked body has no length to check up front: Kestrel stops reading it at the limit.
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = SignInFormLimit;
            }

            try
            {
                var form = await http.Request.ReadFormAsync(http.RequestAborted);
                presented = form["key"].ToString().Trim();
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
            {
                presented = null; // a form that cannot be read carries no key: refused like a wrong one, never a 500
            }
        }

        if (keys.Find(presented) is not { } key)
        {
            throttle.Failed(address);
            return LoginPage(http, "Khóa không đúng. Kiểm tra lại hoặc xin liên kết mới bằng lệnh /dashboard trong khung chat.", 401);
        }

        throttle.Succeeded(address);
        return await OpenSessionAsync(http, () => sessions.SignInAsync(key, TimeSpan.FromHours(options.CurrentValue.SessionHours), http.RequestAborted));
    }

    private static async Task<IResult> LinkAsync(
        HttpContext http, DashboardLinks links, DashboardOfficers officers, SignInThrottle throttle, AdminSessions sessions,
        IOptionsMonitor<AdminOptions> options, CancellationToken ct)
    {
        var address = http.Connection.RemoteIpAddress;
        if (throttle.Wait(address) is { } wait)
        {
            SignInThrottle.Refused();
            return TooManyAttempts(http, wait);
        }

        var query = http.Request.Query;
        var officerId = links.VerifyLink(query["officer"], query["expires"], query["sig"]);
        var officer = officerId is null ? null : await officers.FindByIdAsync(officerId, ct);
        if (officer is null)
        {
            throttle.Failed(address); // a forged link is a guess like a wrong key
            return LoginPage(http, "Liên kết đã hết hạn hoặc không hợp lệ. Gửi lại lệnh /dashboard cho bot để nhận liên kết mới.", 403);
        }

        throttle.Succeeded(address);
        return await OpenSessionAsync(http, () => sessions.SignInOfficerAsync(officerId!, new AdminHolder(officer.DisplayName, officer.Role, []),
            TimeSpan.FromHours(options.CurrentValue.SessionHours), ct));
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, AdminSessions sessions)
    {
        if (CrossSiteRequests.IsCrossSite(http.Request))
        {
            return Results.Redirect("/admin", permanent: false, preserveMethod: false); // another site cannot sign an officer out
        }

        if (http.Request.Cookies.TryGetValue(AdminAuthenticationDefaults.CookieName, out var token) && token.Length is > 0 and < 200)
        {
            try
            {
                await sessions.RevokeAsync(AdminSessions.Id(token), http.RequestAborted); // ended on the server, not just forgotten by this browser
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store does not answer: the cookie still goes, and the session ends at its expiry.
            }
        }

        http.Response.Cookies.Delete(AdminAuthenticationDefaults.CookieName, CookieOptions(http, DateTimeOffset.UnixEpoch));
        return Results.Redirect(AdminAuthenticationHandler.SignInPath, permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> StatsAsync(
        int? days,
        AnalyticsBuffer buffer,
        IEngineProvider engines,
        IOptions<AnalyticsOptions> options,
        TimeProvider time,
        CancellationToken ct)
    {
        var count = Math.Clamp(days ?? 7, 1, options.Value.RetentionDays);
        await buffer.FlushAsync(ct); // show this instance's latest turns, not those of five seconds ago
        var to = options.Value.DayOf(time.GetUtcNow());
        var stored = await buffer.Store.ReadAsync(to.AddDays(1 - count), to, ct);
        return Results.Json(StatsBuilder.Build(stored, engines.Current.Content, buffer.Store.Name));
    }

    private static async Task<IResult> StatusAsync(
        HttpContext http,
        IContentStatusSource content,
        HealthCheckService health,
        AnalyticsBuffer buffer,
        CancellationToken ct)
    {
        var report = await health.CheckHealthAsync(ct);
        var c = content.Current;
        return Results.Json(new StatusResponse(
            http.User.AdminName() ?? "",
            http.User.AdminRole() ?? "",
            new ContentStatusDto(c.Version, c.LoadedAt, c.Flows, c.LastReloadAt, c.LastReloadError),
            report.Status.ToString(),
            report.Entries.Select(e => new HealthEntry(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToList(),
            buffer.Store.Name));
    }

    /// <summary>Opens a session and sets its cookie, then sends the browser to the dashboard (so a signed link leaves the address bar).</summary>
    private static async Task<IResult> OpenSessionAsync(HttpContext http, Func<Task<(string Token, AdminSessionRecord Session)>> open)
    {
        (string Token, AdminSessionRecord Session) opened;
        try
        {
            opened = await open();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return LoginPage(http, "Chưa đăng nhập được vì máy chủ lưu phiên không trả lời. Vui lòng thử lại sau ít phút.", 503);
        }

        http.Response.Cookies.Append(AdminAuthenticationDefaults.CookieName, opened.Token, CookieOptions(http, opened.Session.ExpiresAt));
        return Results.Redirect("/admin", permanent: false, preserveMethod: false);
    }

    private static IResult TooManyAttempts(HttpContext http, TimeSpan wait)
    {
        var seconds = SignInThrottle.Seconds(wait);
        http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var when = seconds < 90 ? $"{seconds} giây" : $"{(seconds + 59) / 60} phút";
        return LoginPage(http, $"Đã nhập sai khóa quá nhiều lần từ máy này. Vui lòng đợi {when} rồi thử lại.", 429);
    }

    private static CookieOptions CookieOptions(HttpContext http, DateTimeOffset expires) => new()
    {
        HttpOnly = true,
        Secure = http.Request.IsHttps,
        SameSite = SameSiteMode.Strict,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };

    private static IResult LoginPage(HttpContext http, string? error, int status = 200)
    {
        var html = ReadAsset("login.html")!.Replace("{{error}}", error is null ? "" : Html.Encode(error), StringComparison.Ordinal);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static IResult Page(HttpContext http, string file)
    {
        http.Response.Headers.CacheControl = "no-store"; // security headers (CSP, framing, …) come from the host, on every page
        return Results.Content(ReadAsset(file)!, "text/html; charset=utf-8");
    }

    private static string? ReadAsset(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("admin/" + file);
        return stream is null ? null : new StreamReader(stream).ReadToEnd();
    }

    private static IResult Asset(string file)
    {
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            return Results.NotFound(); // pages go through /admin, which checks the session
        }

        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("admin/" + file);
        if (stream is null)
        {
            return Results.NotFound();
        }

        var type = Path.GetExtension(file) switch
        {
            ".css" => "text/css; charset=utf-8",
            ".js" => "text/javascript; charset=utf-8",
            ".svg" => "image/svg+xml",
            _ => "application/octet-stream",
        };
        return Results.Stream(stream, type);
    }
}
