using Bot.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Operations.Dashboard;

/// <summary>
/// Revoking dashboard sessions: an administrator lists them and ends one, or every session of a key or
/// officer; anyone signed in can end all of their own (a lost phone). Each takes effect on the next request.
/// </summary>
public static class SessionEndpoints
{
    /// <summary>Maps <c>/api/admin/sessions</c> (admin), <c>/api/admin/sessions/{id}</c> (admin), <c>/revoke?holder=</c> (admin) and <c>/revoke-mine</c>.</summary>
    public static IEndpointRouteBuilder MapSessionAdmin(this IEndpointRouteBuilder app)
    {
        var sessions = app.MapGroup("/api/admin/sessions");
        sessions.MapGet("", async (HttpContext http, AdminSessions store) =>
        {
            var list = await store.ListAsync(http.RequestAborted);
            return Results.Json(list.Select(s => new SessionDto(s.Id, s.Holder, s.Name, s.Role, s.CreatedAt, s.ExpiresAt, s.Id == http.User.AdminSessionId())));
        }).RequireAuthorization(AdminPolicies.Administrators);
        sessions.MapDelete("/{id}", async (string id, HttpContext http, AdminSessions store) =>
            await store.RevokeAsync(id, http.RequestAborted)
                ? Results.Json(new RevokedDto(1))
                : Results.Problem(statusCode: 404, title: "Unknown session", detail: "No live session has this id; GET /api/admin/sessions lists them."))
            .RequireAuthorization(AdminPolicies.Administrators);
        sessions.MapPost("/revoke", async (string? holder, HttpContext http, AdminSessions store) =>
            string.IsNullOrWhiteSpace(holder) || holder.Length > 200
                ? Results.Problem(statusCode: 400, title: "Missing holder", detail: "Say whose sessions to end: ?holder=key:<Name> or ?holder=officer:<Id>.")
                : Results.Json(new RevokedDto(await store.RevokeHolderAsync(holder, http.RequestAborted))))
            .RequireAuthorization(AdminPolicies.Administrators);
        sessions.MapPost("/revoke-mine", async (HttpContext http, AdminSessions store) =>
            Results.Json(new RevokedDto(await store.RevokeHolderAsync(http.User.AdminHolder()!, http.RequestAborted))))
            .RequireAuthorization(AdminPolicies.AnyRole);
        return app;
    }
}
