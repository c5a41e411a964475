using Bot.Admin;

namespace Bot.Content.Hosting;

/// <summary>
/// <c>GET /api/admin/content</c> (version in force, loaded at, last refused edit, kept versions) and
/// <c>POST /api/admin/content/rollback/{version}</c>, for keys with role editor or admin in <c>Admin:ApiKeys</c>.
/// </summary>
public static class ContentAdminEndpoints
{
    public static IEndpointRouteBuilder MapContentAdmin(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/content").RequireAuthorization(AdminPolicies.Content);
        admin.MapGet("", (ContentReloader reloader) => Results.Json(reloader.Status));
        admin.MapPost("/reload", async (ContentReloader reloader, CancellationToken cancellationToken) =>
        {
            var result = await reloader.ReloadAsync("admin request", cancellationToken);
            return result.Refused
                ? Results.Problem(statusCode: 422, title: "Content has errors; the running version was kept", detail: string.Join("\n", result.Errors))
                : Results.Json(reloader.Status);
        });
        admin.MapPost("/rollback/{version}", async (string version, ContentReloader reloader, CancellationToken cancellationToken) =>
        {
            var result = await reloader.RollbackAsync(version, cancellationToken);
            if (result is null)
            {
                return Results.Problem(statusCode: 404, title: "Unknown version",
                    detail: $"Version '{version}' is not kept. GET /api/admin/content lists the kept versions.");
            }

            return result.Refused
                ? Results.Problem(statusCode: 422, title: "That version no longer validates; the running version was kept", detail: string.Join("\n", result.Errors))
                : Results.Json(reloader.Status);
        });
        return app;
    }
}
