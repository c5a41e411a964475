using System.Reflection;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;
using Bot.Operations.Analytics;
using Bot.Operations.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>The dashboard page, its sign-in routes and its JSON API, all behind the same session.</summary>
public static class DashboardEndpoints
{
    /// <summary>The session cookie's name.</summary>
    public const string CookieName = "bot_admin";

    // Escapes markup but keeps Vietnamese letters as they are.
    private static readonly System.Text.Encodings.Web.HtmlEncoder Html =
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin", (HttpContext http, AdminAuthenticator auth) =>
            SessionOf(http, auth) is null ? LoginPage(http, null) : Page(http, "dashboard.html"));
        app.MapGet("/admin/assets/{file}", (string file) => Asset(file));
        app.MapPost("/admin/login", LoginAsync).DisableAntiforgery();
        app.MapPost("/admin/logout", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(CookieName, CookieOptions(http, DateTimeOffset.UnixEpoch));
            return Results.Redirect("/admin", permanent: false, preserveMethod: false);
        }).DisableAntiforgery();
        app.MapGet("/admin/link", LinkAsync);

        var api = app.MapGroup("/api/admin");
        api.AddEndpointFilter(async (context, next) =>
            SessionOf(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<AdminAuthenticator>()) is null
                ? Results.Problem(statusCode: 401, title: "Sign in first",
                    detail: "Open /admin and sign in, or send the header 'Authorization: Bearer <API key>'.")
                : await next(context));
        api.MapGet("/stats", StatsAsync);
        api.MapGet("/broadcasts", async (IBroadcastProgressSource source, CancellationToken ct) =>
            Results.Json(await source.RecentAsync(20, ct)));
        api.MapGet("/status", StatusAsync);
        api.MapGet("/cards", (IEngineProvider engines) => Results.Json(CardList.Build(engines.Current.Content)));
        return app;
    }

    /// <summary>The signed-in session: the cookie, or an API key in the Authorization header (scripts).</summary>
    internal static AdminSession? SessionOf(HttpContext http, AdminAuthenticator auth)
    {
        if (http.Request.Cookies.TryGetValue(CookieName, out var token) && auth.ReadSession(token) is { } session)
        {
            return session;
        }

        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && auth.FindApiKey(header["Bearer ".Length..].Trim()) is { } key
            ? new AdminSession(key.Name, key.Role, DateTimeOffset.MaxValue)
            : null;
    }

    private static async Task<IResult> LoginAsync(HttpContext http, AdminAuthenticator auth)
    {
        string? presented = null;
        if (http.Request.HasFormContentType && http.Request.ContentLength is null or < 4096)
        {
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

        if (auth.FindApiKey(presented) is not { } key)
        {
            return LoginPage(http, "Khóa không đúng. Kiểm tra lại hoặc xin liên kết mới bằng lệnh /dashboard trong khung chat.", 401);
        }

        SignIn(http, auth, key.Name, key.Role);
        return Results.Redirect("/admin", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> LinkAsync(HttpContext http, AdminAuthenticator auth, DashboardOfficers officers, CancellationToken ct)
    {
        var query = http.Request.Query;
        var officerId = auth.VerifyLink(query["officer"], query["expires"], query["sig"]);
        var officer = officerId is null ? null : await officers.FindByIdAsync(officerId, ct);
        if (officer is null)
        {
            return LoginPage(http, "Liên kết đã hết hạn hoặc không hợp lệ. Gửi lại lệnh /dashboard cho bot để nhận liên kết mới.", 403);
        }

        SignIn(http, auth, officer.DisplayName, officer.Role);

        // Redirect so the signed link leaves the address bar and the browser history.
        return Results.Redirect("/admin", permanent: false, preserveMethod: false);
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
        AdminAuthenticator auth,
        IContentStatusSource content,
        HealthCheckService health,
        AnalyticsBuffer buffer,
        CancellationToken ct)
    {
        var session = SessionOf(http, auth)!;
        var report = await health.CheckHealthAsync(ct);
        var c = content.Current;
        return Results.Json(new StatusResponse(
            session.Name,
            session.Role,
            new ContentStatusDto(c.Version, c.LoadedAt, c.Flows, c.LastReloadAt, c.LastReloadError),
            report.Status.ToString(),
            report.Entries.Select(e => new HealthEntry(e.Key, e.Value.Status.ToString(), e.Value.Description)).ToList(),
            buffer.Store.Name));
    }

    private static void SignIn(HttpContext http, AdminAuthenticator auth, string name, string role)
    {
        var token = auth.IssueSession(name, role);
        var session = auth.ReadSession(token)!;
        http.Response.Cookies.Append(CookieName, token, CookieOptions(http, session.ExpiresAt));
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
        SecurityHeaders(http);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static IResult Page(HttpContext http, string file)
    {
        SecurityHeaders(http);
        return Results.Content(ReadAsset(file)!, "text/html; charset=utf-8");
    }

    private static void SecurityHeaders(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
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
