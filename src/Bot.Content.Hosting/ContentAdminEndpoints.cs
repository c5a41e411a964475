using System.Text.Json;
using Bot.Admin;

namespace Bot.Content.Hosting;

/// <summary>
/// The editors' content API, for keys and sessions with role editor or admin:
/// <c>GET /api/admin/content</c> (version in force, loaded at, last refused edit, kept versions),
/// <c>POST …/reload</c> (publish the folder, optional <c>{"message": "…"}</c>),
/// <c>GET …/versions</c> and <c>GET …/versions/{version}</c> (history: who, when, message, what changed),
/// <c>GET …/diff/{from}/{to}</c>, and <c>GET</c>/<c>POST …/rollback/{version}</c> (the diff it will apply / apply it).
/// </summary>
public static class ContentAdminEndpoints
{
    public static IEndpointRouteBuilder MapContentAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/content").RequireAuthorization(AdminPolicies.Content);
        admin.MapGet("", (ContentReloader reloader) => Results.Json(reloader.Status));
        admin.MapPost("/reload", async (HttpContext http, ContentReloader reloader, CancellationToken cancellationToken) =>
        {
            if (await ReadNoteAsync(http, cancellationToken) is not { } note)
            {
                return BadNote();
            }

            var result = await reloader.ReloadAsync("admin request", note, cancellationToken);
            return result.Refused
                ? Results.Problem(statusCode: 422, title: "Content has errors; the running version was kept", detail: string.Join("\n", result.Errors))
                : Results.Json(reloader.Status);
        });
        admin.MapGet("/versions", (ContentVersionStore versions) => Results.Json(versions.List()));
        admin.MapGet("/history", (ContentVersionStore versions) => Results.Json(versions.History())); // a rollback is an entry of its own
        admin.MapGet("/versions/{version}", (string version, ContentVersionStore versions) =>
            versions.Describe(version) is { } record ? Results.Json(record) : Unknown(version));
        admin.MapGet("/diff/{from}/{to}", (string from, string to, ContentVersionStore versions) =>
            versions.Diff(from, to) is { } diff ? Results.Json(diff) : Unknown(versions.Contains(from) ? to : from));
        admin.MapGet("/rollback/{version}", async (string version, ContentReloader reloader, CancellationToken cancellationToken) =>
            await reloader.PreviewRollbackAsync(version, cancellationToken) is { } diff ? Results.Json(diff) : Unknown(version));
        admin.MapPost("/rollback/{version}", async (string version, HttpContext http, ContentReloader reloader, CancellationToken cancellationToken) =>
        {
            if (await ReadNoteAsync(http, cancellationToken) is not { } note)
            {
                return BadNote();
            }

            if (await reloader.RollbackAsync(version, note, cancellationToken) is not var (result, applied))
            {
                return Unknown(version);
            }

            if (result.Refused)
            {
                return Results.Problem(statusCode: 422, title: "That version no longer validates; the running version was kept", detail: string.Join("\n", result.Errors));
            }

            var status = reloader.Status;
            return Results.Json(new { status.Version, status.LoadedAt, status.Path, status.LastError, status.LastErrorAt, status.Versions, applied });
        });
        return app;
    }

    private static IResult Unknown(string version) =>
        Results.Problem(statusCode: 404, title: "Unknown version",
            detail: $"Version '{version}' is not kept. GET /api/admin/content/versions lists the kept versions.");

    private static IResult BadNote() =>
        Results.Problem(statusCode: 400, title: "The body is not understood",
            detail: $"Send no body, or JSON such as {{\"message\": \"why this version\"}} (at most {ContentVersionStore.MaxNoteLength} characters are kept).");

    /// <summary>Who is publishing (the signed-in holder) and their optional message; null when the body is not the expected JSON.</summary>
    private static async Task<ContentVersionNote?> ReadNoteAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var author = http.User.AdminName();
        if (http.Request.ContentLength is 0 || (http.Request.ContentLength is null && !http.Request.Headers.TransferEncoding.Any()))
        {
            return new ContentVersionNote(author, null);
        }

        try
        {
            // Small on purpose: a message is one line.
            using var limited = new MemoryStream();
            var buffer = new byte[4096];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                limited.Write(buffer, 0, read);
                if (limited.Length > 16 * 1024)
                {
                    return null;
                }
            }

            if (limited.Length == 0)
            {
                return new ContentVersionNote(author, null);
            }

            using var json = JsonDocument.Parse(limited.ToArray());
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (!json.RootElement.TryGetProperty("message", out var message) || message.ValueKind == JsonValueKind.Null)
            {
                return new ContentVersionNote(author, null);
            }

            return message.ValueKind == JsonValueKind.String ? new ContentVersionNote(author, message.GetString()) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
