using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bot.Admin;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bot.Operations.Dashboard;

/// <summary>
/// The dashboard's flow pictures: <c>/admin/dialogs</c> lists the flows, <c>/admin/dialogs/{flow}</c> shows one
/// drawn from the content in force (so a hot reload shows at once), <c>/admin/dialogs/{flow}.svg</c> is the picture alone.
/// </summary>
/// <remarks>
/// The picture is inline SVG with presentation attributes only, so the page keeps the host's Content-Security-Policy
/// (no inline style, no script). It is shown at its own size in a box that scrolls sideways: on a 390 px phone the
/// step texts stay readable instead of shrinking to fit.
/// </remarks>
public static class DialogPictureEndpoints
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapDialogPictures(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/admin/dialogs").RequireAuthorization(AdminPolicies.AnyRole);
        pages.MapGet("", (HttpContext http, IEngineProvider engines) => Page(http, engines, null));
        pages.MapGet("/{flow}", (string flow, HttpContext http, IEngineProvider engines) =>
        {
            if (flow.EndsWith(".svg", StringComparison.Ordinal) && engines.Current.Content.Flows.ContainsKey(flow[..^4]))
            {
                http.Response.Headers.CacheControl = "no-store";
                return Results.Content(DialogSvg.Render(engines.Current.Content, flow[..^4]), "image/svg+xml; charset=utf-8");
            }

            return Page(http, engines, flow);
        });
        return app;
    }

    private static IResult Page(HttpContext http, IEngineProvider engines, string? flowId)
    {
        var content = engines.Current.Content;
        http.Response.Headers.CacheControl = "no-store";
        var known = flowId is not null && content.Flows.ContainsKey(flowId);
        var links = string.Join("\n", content.Flows.Values.Select(f =>
            $"""    <a href="/admin/dialogs/{Html.Encode(f.Id)}"{(f.Id == flowId ? " aria-current=\"page\"" : "")}>{Html.Encode(f.Title.Vi)}</a>"""));
        var body = known
            ? $"""
              <p class="hint">Ô là một bước (đầu lời của bước đó); mũi tên là nút người dân bấm, ghi đúng lời trên nút. Vuốt ngang để xem hết sơ đồ. <a href="/admin/dialogs/{Html.Encode(flowId!)}.svg">Mở riêng ảnh sơ đồ</a> để phóng to.</p>
              <div class="picture" tabindex="0" role="region" aria-label="Sơ đồ luồng {Html.Encode(flowId!)}">
              {DialogSvg.Render(content, flowId!)}</div>
              """
            : flowId is null
                ? """<p class="hint">Chọn một luồng để xem sơ đồ các bước và nút bấm của nó.</p>"""
                : $"""<p class="problem">Không có luồng '{Html.Encode(flowId)}'. Chọn một luồng trong danh sách.</p>""";
        var html = $"""
            <!doctype html>
            <html lang="vi">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="robots" content="noindex">
              <title>{(known ? "Sơ đồ " + Html.Encode(content.Flows[flowId!].Title.Vi) : "Sơ đồ kịch bản")}</title>
              <link rel="stylesheet" href="/admin/assets/dialogs.css">
            </head>
            <body>
              <header class="top"><a href="/admin">← Bảng điều khiển</a><h1>Sơ đồ kịch bản</h1></header>
              <nav class="flows" aria-label="Các luồng">
            {links}
              </nav>
              <main>
              {body}
              </main>
            </body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: known || flowId is null ? 200 : 404);
    }
}
