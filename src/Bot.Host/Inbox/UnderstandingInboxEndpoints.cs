using System.Text.Json;
using Bot.Admin;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Understanding.Inbox;
using Bot.Http;

namespace Bot.Host.Inbox;

/// <summary>
/// The misunderstood inbox for editors: <c>GET /api/admin/understanding/misses?limit=N</c>,
/// <c>POST …/{id}/assign</c> <c>{"flow":"eid","node":"optional"}</c> and <c>DELETE …/{id}</c>,
/// for editor and admin keys (or their dashboard sign-in).
/// </summary>
public static class UnderstandingInboxEndpoints
{
    private const int DefaultLimit = 50;
    private const int MaxLimit = 500;
    private const int MaxBodyBytes = 1024;
    private const string AssignExample = """Send {"flow":"eid"} or {"flow":"eid","node":"lost_phone"}.""";

    public static IEndpointRouteBuilder MapUnderstandingInbox(this IEndpointRouteBuilder app)
    {
        var misses = app.MapGroup("/api/admin/understanding/misses").RequireAuthorization(AdminPolicies.Content); // editor and admin
        misses.MapGet("", ListAsync);
        misses.MapPost("/{id}/assign", AssignAsync).DisableAntiforgery();
        misses.MapDelete("/{id}", DismissAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(HttpContext http, IMissedMessageStore store, CancellationToken cancellationToken)
    {
        var raw = http.Request.Query["limit"].ToString();
        var limit = DefaultLimit;
        if (raw.Length > 0 && (!int.TryParse(raw, out limit) || limit < 1))
        {
            return Problems.BadRequest("Invalid limit", $"limit must be a whole number from 1 to {MaxLimit}, e.g. ?limit=20.");
        }

        return await StoreAsync(async () => Results.Json(await store.ListAsync(Math.Min(limit, MaxLimit), cancellationToken))).ConfigureAwait(false);
    }

    private static async Task<IResult> AssignAsync(string id, HttpContext http, MissAssigner assigner, CancellationToken cancellationToken)
    {
        var (document, refusal) = await JsonBody.ReadAsync(http.Request, MaxBodyBytes, AssignExample, cancellationToken);
        if (document is null)
        {
            return refusal!;
        }

        string? flow, node;
        using (document)
        {
            var root = document.RootElement;
            flow = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("flow", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            node = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("node", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (string.IsNullOrWhiteSpace(flow) || (root.TryGetProperty("node", out var given) && given.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)))
            {
                return Problems.BadRequest("Invalid request", "Name the flow the phrase should open. " + AssignExample);
            }
        }

        var who = Who(http);
        return await StoreAsync(async () =>
        {
            var result = await assigner.AssignAsync(id, flow.Trim(), string.IsNullOrWhiteSpace(node) ? null : node.Trim(), who, cancellationToken);
            return result.Status switch
            {
                AssignStatus.Assigned => Results.Json(new { id, flow = flow.Trim(), node = string.IsNullOrWhiteSpace(node) ? null : node.Trim(), version = result.Version }),
                AssignStatus.NotFound => NotFound(id),
                AssignStatus.UnknownTarget => Problems.BadRequest("Unknown flow or step", string.Join("\n", result.Problems)),
                _ => Problems.Of(422, "The content with this example does not validate; residents keep the version in force", string.Join("\n", result.Problems)),
            };
        }).ConfigureAwait(false);
    }

    private static async Task<IResult> DismissAsync(string id, HttpContext http, MissAssigner assigner, CancellationToken cancellationToken) =>
        await StoreAsync(async () => await assigner.DismissAsync(id, Who(http), cancellationToken) ? Results.NoContent() : NotFound(id)).ConfigureAwait(false);

    private static IResult NotFound(string id) => Problems.Of(404, "No such inbox entry",
        $"No open entry has id '{id}' (it may have been assigned, dismissed or forgotten after 90 days). GET /api/admin/understanding/misses lists the open ones.");

    // The audit names the holder, as every admin action does ("key:name", or "officer:id" for a chat-link session).
    private static string Who(HttpContext http) => http.User.AdminHolder() ?? "key:unknown";

    /// <summary>A store that cannot be reached is a 503 to try again, never a 500.</summary>
    private static async Task<IResult> StoreAsync(Func<Task<IResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (StoreUnavailableException ex)
        {
            return Problems.Of(503, "The inbox store is not reachable", ex.Message);
        }
    }
}
