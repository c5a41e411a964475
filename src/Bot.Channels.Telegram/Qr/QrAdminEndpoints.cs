using Bot.Channels.Telegram.Setup;
using Bot.Dialogs.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Bot.Channels.Telegram.Qr;

/// <summary><c>GET /api/admin/qr/sheet[?cards=a,b|all&amp;flows=false]</c> and <c>GET /api/admin/qr/{name}.png</c>, for any admin role.</summary>
/// <remarks>
/// Behind the one admin sign-in (<c>Admin:ApiKeys</c>, policy <c>AdminPolicies.AnyRole</c>, mapped in
/// <c>MapTelegram</c>): "loopback only" would not hold behind a reverse proxy on the same host, where every
/// request comes from 127.0.0.1.
/// </remarks>
public static class QrAdminEndpoints
{
    /// <summary>The sheet's own Content-Security-Policy: it is one self-contained file (inline style, images as data: URLs) made to print.</summary>
    public const string SheetContentSecurityPolicy =
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>
    /// The printable sheet: every topic, plus the procedure cards an office chose with
    /// <c>?cards=passport,ct07</c> (or <c>?cards=all</c>); <c>&amp;flows=false</c> prints the cards alone.
    /// </summary>
    public static IResult Sheet(HttpRequest request, IEngineProvider engines, TelegramStatus status)
    {
        request.HttpContext.Response.Headers.ContentSecurityPolicy = SheetContentSecurityPolicy;
        if (status.BotUsername is not { } bot)
        {
            return UsernameUnknown();
        }

        var flows = request.Query["flows"].ToString();
        if (flows.Length > 0 && !bool.TryParse(flows, out _))
        {
            return Results.Problem(statusCode: 400, title: "Bad 'flows'", detail: "Use flows=true (default) or flows=false.");
        }

        var content = engines.Current.Content;
        var selection = QrSelection.Parse(request.Query["cards"], flows.Length == 0 || bool.Parse(flows));
        if (QrCatalog.UnknownCards(content, selection) is { Count: > 0 } unknown)
        {
            return Results.Problem(statusCode: 404, title: "No such card",
                detail: $"Unknown card id(s): {string.Join(", ", unknown)}. Use ids from content/procedures (the file's id:), or cards=all.");
        }

        var codes = QrCatalog.Build(content, bot, selection);
        return Results.Content(QrSheet.Build(codes, bot), "text/html; charset=utf-8");
    }

    /// <summary>One code: a topic (<c>eid.png</c>) or a procedure card (<c>services__passport.png</c>, its start payload).</summary>
    public static IResult Png(string flow, IEngineProvider engines, TelegramStatus status)
    {
        if (status.BotUsername is not { } bot)
        {
            return UsernameUnknown();
        }

        if (QrCatalog.LinkFor(engines.Current.Content, bot, flow) is not { } link)
        {
            return Results.Problem(statusCode: 404, title: "No such flow or card",
                detail: "Use a flow id from content/flows (e.g. /api/admin/qr/eid.png) or a card as topic__id (e.g. /api/admin/qr/services__passport.png).");
        }

        return Results.File(QrCatalog.Png(link), "image/png", flow + ".png");
    }

    private static IResult UsernameUnknown() =>
        Results.Problem(statusCode: 503, title: "Bot username unknown",
            detail: "The bot has not reached Telegram yet; set Telegram__BotUsername or try again in a moment.");
}
