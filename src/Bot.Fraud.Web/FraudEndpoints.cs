using System.Globalization;
using System.Text.Json;
using Bot.Admin;
using Bot.Fraud.Analysis;
using Bot.Fraud.Chat;
using Bot.Fraud.Lists;
using Bot.Fraud.Reports;
using Bot.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Bot.Fraud.Web;

/// <summary>The scam check's HTTP API: the check itself, and the officers' reports and list additions.</summary>
public static class FraudEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    private const string CheckExample = "Send JSON such as {\"text\":\"Cảnh sát giao thông: bạn có khoản phạt chưa nộp, truy cập https://...\"}.";

    /// <summary>
    /// <c>POST /api/fraud/check</c>; for officers (bearer key): <c>GET /api/fraud/reports?since=</c>,
    /// <c>POST /api/fraud/lists/domains</c> and <c>POST /api/fraud/lists/phones</c> with {"value":"…"}.
    /// </summary>
    public static IEndpointRouteBuilder MapFraudCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/fraud/check", CheckAsync);
        // The officers' routes: any officer role in Admin:ApiKeys (officer, approver, admin; not editor), checked every request.
        app.MapGet("/api/fraud/reports", ReportsAsync).RequireAuthorization(AdminPolicies.Police);
        app.MapPost("/api/fraud/lists/domains", (HttpRequest request, FraudListEditor lists, IOptions<FraudOptions> options, CancellationToken ct) =>
            AddToListAsync(request, options.Value, (value, c) => lists.AddDomainAsync(value, Actor(request), c), ct))
            .RequireAuthorization(AdminPolicies.Police);
        app.MapPost("/api/fraud/lists/phones", (HttpRequest request, FraudListEditor lists, IOptions<FraudOptions> options, CancellationToken ct) =>
            AddToListAsync(request, options.Value, (value, c) => lists.AddPhoneAsync(value, Actor(request), c), ct))
            .RequireAuthorization(AdminPolicies.Police);
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, FraudAnalyzer analyzer, CancellationToken cancellationToken)
    {
        var (fields, refusal) = await ReadObjectAsync(request, ["text", "lang"], CheckExample, cancellationToken);
        if (fields is null)
        {
            return refusal!;
        }

        if (!fields.TryGetValue("text", out var text) || text is null)
        {
            return Problem(400, "Missing text", "The field \"text\" is required. " + CheckExample);
        }

        if (text.Length > FraudAnalyzer.MaxTextLength)
        {
            return Problem(400, "Text too long", $"\"text\" has {text.Length} characters; send at most {FraudAnalyzer.MaxTextLength}.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem(400, "Empty text", "\"text\" is empty. " + CheckExample);
        }

        var locale = fields.TryGetValue("lang", out var lang) && lang is "en" ? "en" : "vi";
        var verdict = analyzer.Analyze(text);
        var response = new FraudCheckResponse(
            verdict.RiskName,
            verdict.Score,
            verdict.Reasons.Select(r => new FraudReasonDto(r.Code, r.Text(locale))).ToList(),
            verdict.Urls,
            verdict.Phones,
            FraudVerdictFormatter.Advice(verdict, analyzer.Content, locale));
        return Results.Json(response, FraudJson.Default.FraudCheckResponse);
    }

    private static async Task<IResult> ReportsAsync(
        HttpRequest request,
        IScamReportStore reports,
        IOptions<FraudOptions> options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow().AddDays(-1);
        var sinceText = request.Query["since"].ToString();
        if (sinceText.Length > 0
            && !DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out since))
        {
            return Problem(400, "Invalid since", "\"since\" must be a date and time such as 2026-11-28T00:00:00Z.");
        }

        var list = await reports.ListAsync(since, options.Value.MaxReportsPerRequest, cancellationToken);
        var dtos = list.Select(r => new ScamReportDto(r.Id, r.ReportedAt, r.CheckedAt, r.Channel, r.Area, r.Risk, r.Score,
            r.ReasonCodes, r.Domains, r.Phones, r.Excerpt)).ToList();
        return Results.Json(new ScamReportsResponse(since, dtos.Count, dtos), FraudJson.Default.ScamReportsResponse);
    }

    private static async Task<IResult> AddToListAsync(
        HttpRequest request,
        FraudOptions options,
        Func<string, CancellationToken, ValueTask<ListAddResult>> add,
        CancellationToken cancellationToken)
    {
        const string example = "Send JSON such as {\"value\":\"abc.top\"} or {\"value\":\"0912345678\"}.";
        var (fields, refusal) = await ReadObjectAsync(request, ["value"], example, cancellationToken);
        if (fields is null)
        {
            return refusal!;
        }

        if (!fields.TryGetValue("value", out var value) || string.IsNullOrWhiteSpace(value) || value.Length > 300)
        {
            return Problem(400, "Missing value", "\"value\" is required (at most 300 characters). " + example);
        }

        var result = await add(value, cancellationToken);
        var status = result.Status switch
        {
            ListAddStatus.Added => "added",
            ListAddStatus.AlreadyListed => "already_listed",
            ListAddStatus.Official => "official",
            _ => "invalid",
        };
        return Results.Json(new ListAddResponse(result.Status == ListAddStatus.Added, status, result.Shown), FraudJson.Default.ListAddResponse);
    }

    /// <summary>Reads a small JSON object of string fields; unknown fields and non-strings are refused with a clear message.</summary>
    /// <remarks>The body is read within <see cref="MaxBodyBytes"/> whatever the transfer encoding (413 beyond it) and must be UTF-8 JSON (400 otherwise).</remarks>
    private static async Task<(Dictionary<string, string?>? Fields, IResult? Refusal)> ReadObjectAsync(
        HttpRequest request, string[] allowed, string example, CancellationToken cancellationToken)
    {
        var (document, refusal) = await JsonBody.ReadAsync(request, MaxBodyBytes, example, cancellationToken);
        if (document is null)
        {
            return (null, refusal);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, Problem(400, "Invalid request", "The body must be a JSON object. " + example));
            }

            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (!allowed.Contains(property.Name))
                {
                    return (null, Problem(400, "Invalid request", $"Unknown field \"{property.Name}\". " + example));
                }

                if (property.Value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
                {
                    return (null, Problem(400, "Invalid request", $"\"{property.Name}\" must be a string. " + example));
                }

                fields[property.Name] = property.Value.GetString();
            }

            return (fields, null);
        }
    }

    /// <summary>Who the audit log names for an addition through the API: the key's holder ("key:scam-desk").</summary>
    private static string Actor(HttpRequest request) => request.HttpContext.User.AdminHolder() ?? "admin-api";

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
