using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Admin;

/// <summary>The same security headers on every response: the web chat, the dashboard, the APIs.</summary>
/// <remarks>
/// Everything the pages need comes from this host (no inline script or style, no third-party origin), so the
/// policy can be strict; no page may be framed (clickjacking of the sign-in form or the chat). A response
/// that sets its own Content-Security-Policy (the self-contained QR print sheet) keeps it.
/// </remarks>
public static class SecurityHeaders
{
    /// <summary>The Content-Security-Policy of every page.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
        "object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    // A static callback with the response as its state: no closure and delegate allocated per request.
    private static readonly Func<object, Task> AddHeaders = static state =>
    {
        var headers = ((HttpResponse)state).Headers;
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return Task.CompletedTask;
    };

    /// <summary>Adds the headers to every response of the app (call it first, so error pages get them too).</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context.Response);
            return next(context);
        });
}
