using System.Text.Json;
using Bot.Admin;
using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Officers;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Broadcasts.Web;

/// <summary>The admin API for integrations: create, approve, cancel and read alerts with per-client keys.</summary>
public static class BroadcastEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;
    private const string Example = "Send JSON such as {\"areas\":[\"ha-noi.hoan-kiem\"],\"topic\":\"scam\",\"urgent\":false,\"text\":\"...\"}.";

    /// <summary>Maps <c>/api/admin/broadcasts</c> (create), <c>/{id}</c> (read), <c>/{id}/approve</c> and <c>/{id}/cancel</c>, for officer roles.</summary>
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/broadcasts").RequireAuthorization(AdminPolicies.Police);
        group.MapPost("", (Delegate)(Func<HttpContext, Task<IResult>>)CreateAsync);
        group.MapGet("/{id}", (string id, HttpContext http) => RunAsync(http, (service, actor) => service.GetAsync(actor, id)));
        group.MapPost("/{id}/approve", (string id, HttpContext http) =>
            RunAsync(http, (service, actor) => service.ApproveAsync(actor, id, http.RequestAborted)));
        group.MapPost("/{id}/cancel", (string id, HttpContext http) =>
            RunAsync(http, (service, actor) => service.CancelAsync(actor, id, http.RequestAborted)));
        return app;
    }

    private static async Task<IResult> CreateAsync(HttpContext http)
    {
        if (Authenticate(http, out var actor, out var service) is { } refused)
        {
            return refused;
        }

        var (body, refusal) = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return refusal!;
        }

        var outcome = await service!.CreateAsync(actor!, body.Areas ?? [], body.Topic ?? "", body.Urgent, body.Text ?? "", http.RequestAborted);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem.Status, problem.Title, problem.Detail);
        }

        return Results.Json(new CreatedBroadcast(outcome.Alert!.Id, outcome.Alert.Status, ScheduledFor(outcome.Alert)), BroadcastJson.Default.CreatedBroadcast,
            statusCode: StatusCodes.Status201Created);
    }

    private static async Task<IResult> RunAsync(HttpContext http, Func<BroadcastService, Actor, Task<BroadcastOutcome>> action)
    {
        if (Authenticate(http, out var actor, out var service) is { } refused)
        {
            return refused;
        }

        var outcome = await action(service!, actor!);
        if (outcome.Problem is { } problem)
        {
            return Problem(problem.Status, problem.Title, problem.Detail);
        }

        var alert = outcome.Alert!;
        var c = await service!.CountsAsync(alert.Id);
        var reach = (await service.ReachAsync(alert.Id)).Select(ChannelReachDto.From).ToList();
        var estimate = alert.Status == AlertStatus.PendingApproval
            ? (await service.EstimateAsync(alert, http.RequestAborted)).Select(ReachEstimateDto.From).ToList()
            : null;
        return Results.Json(new BroadcastStatusDto(alert.Id, alert.Status, ScheduledFor(alert),
            new BroadcastCountsDto(c.Total, c.Sent, c.Blocked + c.Unreachable, c.Failed, c.Pending), reach, estimate), BroadcastJson.Default.BroadcastStatusDto);
    }

    /// <summary>The signed-in actor (the route's policy already admitted an officer role) and the service.</summary>
    private static IResult? Authenticate(HttpContext http, out Actor? actor, out BroadcastService? service)
    {
        service = http.RequestServices.GetService<BroadcastService>();
        actor = AdminKeyActors.ToActor(http.User);
        if (actor is null)
        {
            return Problem(403, "Not allowed for this key's role",
                $"'{http.User.AdminName()}' has role {http.User.AdminRole()}; broadcasts need an officer, approver or admin key.");
        }

        return service is null
            ? Problem(503, "Broadcasts unavailable", "Broadcasts need Redis: set Redis:ConnectionString and restart.")
            : null;
    }

    /// <remarks>The body is read within <see cref="MaxBodyBytes"/> whatever the transfer encoding (413 beyond it) and must be UTF-8 JSON (400 otherwise).</remarks>
    private static async Task<(CreateBroadcastRequest? Body, IResult? Refusal)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (document, refusal) = await JsonBody.ReadAsync(request, MaxBodyBytes, Example, cancellationToken);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem(400, "Invalid alert", "The body must be a JSON object. " + Example));
            }

            foreach (var property in root.EnumerateObject())
            {
                var ok = property.Name switch
                {
                    "areas" => property.Value.ValueKind == JsonValueKind.Array && property.Value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String),
                    "topic" or "text" => property.Value.ValueKind == JsonValueKind.String,
                    "urgent" => property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False,
                    _ => false,
                };
                if (!ok)
                {
                    return (null, Problem(400, "Invalid alert", $"Field \"{property.Name}\" is unknown or has the wrong type. " + Example));
                }
            }

            return (root.Deserialize(BroadcastJson.Default.CreateBroadcastRequest), null);
        }
    }

    /// <summary>When a scheduled alert starts, in UTC; null otherwise.</summary>
    private static DateTimeOffset? ScheduledFor(BroadcastAlert alert) =>
        alert.Status == AlertStatus.Scheduled ? alert.SendAfter?.ToUniversalTime() : null;

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);
}
