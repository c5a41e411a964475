using Bot.Broadcasts.Alerts;
using Bot.Broadcasts.Areas;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Officers;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Broadcasts.Web;

/// <summary>
/// What the dashboard needs beyond the admin API's actions: the choices for a new alert, the text check as the officer types
/// (the very check a create runs, so the page never keeps its own copy of the allow-list), and an alert's delivery report as CSV.
/// </summary>
internal static class BroadcastComposeEndpoints
{
    private const int MaxCheckBytes = 16 * 1024;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/compose", ComposeOptions);
        group.MapPost("/check", (Delegate)(Func<HttpContext, Task<IResult>>)CheckAsync);
        group.MapGet("/{id}/report.csv", ReportAsync);
    }

    private static IResult ComposeOptions(HttpContext http, AreaCatalog areas, IOptions<BroadcastOptions> options)
    {
        if (BroadcastEndpoints.Authenticate(http, out var actor, out var service) is { } refused)
        {
            return refused;
        }

        var choices = new List<ComposeAreaDto>();
        foreach (var province in areas.Provinces)
        {
            var communes = areas.CommunesOf(province.Id);
            if (service!.CoversAll(actor!, [province.Id]))
            {
                choices.Add(new ComposeAreaDto(province.Id, areas.FullName(province.Id), Province: true));
            }

            choices.AddRange(communes.Where(c => service.CoversAll(actor!, [c.Id])).Select(c => new ComposeAreaDto(c.Id, areas.FullName(c.Id), Province: false)));
        }

        var topics = Topics.All.Select(t => new ComposeTopicDto(t, Topics.Label(t), Topics.Label(t, "en"))).ToList();
        return Results.Json(new ComposeOptionsDto(choices, topics, BroadcastService.MaxTextLength, options.Value.LinkDomains,
            actor!.Role >= OfficerRole.Approver), BroadcastJson.Default.ComposeOptionsDto);
    }

    private static async Task<IResult> CheckAsync(HttpContext http)
    {
        if (BroadcastEndpoints.Authenticate(http, out _, out var service) is { } refused)
        {
            return refused;
        }

        var (document, refusal) = await JsonBody.ReadAsync(http.Request, MaxCheckBytes, "Send JSON such as {\"text\":\"...\"}.", http.RequestAborted);
        if (document is null)
        {
            return refusal!;
        }

        string? text;
        using (document)
        {
            text = document.RootElement is { ValueKind: System.Text.Json.JsonValueKind.Object } root
                && root.TryGetProperty("text", out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String
                    ? value.GetString()
                    : null;
        }

        if (text is null)
        {
            return BroadcastEndpoints.Problem(400, "Invalid check", "Send JSON such as {\"text\":\"...\"}.");
        }

        var problem = service!.ValidateText(text);
        return Results.Json(new CheckTextResult(problem is null, problem?.Vietnamese, problem?.Detail, text.Trim().Length, BroadcastService.MaxTextLength),
            BroadcastJson.Default.CheckTextResult);
    }

    private static async Task<IResult> ReportAsync(string id, HttpContext http, AreaCatalog areas, IOptions<BroadcastOptions> options)
    {
        if (BroadcastEndpoints.Authenticate(http, out var actor, out var service) is { } refused)
        {
            return refused;
        }

        var outcome = await service!.GetAsync(actor!, id);
        if (outcome.Problem is { } problem)
        {
            return BroadcastEndpoints.Problem(problem);
        }

        var alert = outcome.Alert!;
        var csv = DeliveryReportCsv.Build(alert, await service.CountsAsync(alert.Id), await service.ReachAsync(alert.Id), areas,
            BroadcastOptions.FindTimeZone(options.Value.TimeZone) ?? TimeZoneInfo.Utc);
        http.Response.Headers.CacheControl = "no-store";
        return Results.File(csv, "text/csv; charset=utf-8", $"bao-cao-canh-bao-{alert.Id}.csv");
    }
}
