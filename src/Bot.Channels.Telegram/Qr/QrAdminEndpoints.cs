using Bot.Channels.Telegram.Setup;
using Bot.Dialogs.Pipeline;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Telegram.Qr;

/// <summary><c>GET /api/admin/qr/sheet</c> and <c>GET /api/admin/qr/{flow}.png</c>, behind a bearer key.</summary>
/// <remarks>
/// Protected by <c>Authorization: Bearer &lt;Telegram:AdminKey&gt;</c>, compared in constant time.
/// Without a configured key every request is refused: "loopback only" would not hold behind a
/// reverse proxy on the same host, where every request comes from 127.0.0.1.
/// </remarks>
public static class QrAdminEndpoints
{
    public static IResult Sheet(HttpRequest request, QrAdminKey key, IEngineProvider engines, TelegramStatus status)
    {
        if (Refuse(request, key) is { } refused)
        {
            return refused;
        }

        if (status.BotUsername is not { } bot)
        {
            return UsernameUnknown();
        }

        var cards = QrCatalog.Build(engines.Current.Content, bot);
        return Results.Content(QrSheet.Build(cards, bot), "text/html; charset=utf-8");
    }

    public static IResult Png(string flow, HttpRequest request, QrAdminKey key, IEngineProvider engines, TelegramStatus status)
    {
        if (Refuse(request, key) is { } refused)
        {
            return refused;
        }

        if (status.BotUsername is not { } bot)
        {
            return UsernameUnknown();
        }

        var found = engines.Current.Content.FindFlow(flow);
        if (found is null || !found.Routable || DeepLinks.Payload(found.Id) is not { } payload)
        {
            return Results.Problem(statusCode: 404, title: "No such flow", detail: "Use a flow id from content/flows (the file's id:), e.g. /api/admin/qr/eid.png.");
        }

        return Results.File(QrCatalog.Png(DeepLinks.Link(bot, payload)), "image/png", found.Id + ".png");
    }

    private static IResult? Refuse(HttpRequest request, QrAdminKey key)
    {
        if (!key.Value.IsConfigured)
        {
            return Results.Problem(statusCode: 403, title: "Admin endpoints off", detail: "Set Telegram__AdminKey (16+ random characters) to use them.");
        }

        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var presented = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
        if (!key.Value.Matches(presented))
        {
            return Results.Problem(statusCode: 401, title: "Unauthorized", detail: "Send Authorization: Bearer <Telegram:AdminKey>.");
        }

        return null;
    }

    private static IResult UsernameUnknown() =>
        Results.Problem(statusCode: 503, title: "Bot username unknown",
            detail: "The bot has not reached Telegram yet; set Telegram__BotUsername or try again in a moment.");
}
