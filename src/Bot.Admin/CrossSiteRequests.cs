using Microsoft.AspNetCore.Http;

namespace Bot.Admin;

/// <summary>
/// Request-forgery protection for the dashboard's session cookie. A state-changing request signed in by the cookie must carry
/// <see cref="HeaderName"/> (a page of another site cannot add a header to a form post, and a cross-origin fetch with one needs a
/// CORS permission this host never gives) and must not come from another site (<c>Sec-Fetch-Site</c>, or <c>Origin</c> from
/// browsers that do not send it). API keys sent in <c>Authorization</c> are not affected: a browser never adds them on its own.
/// </summary>
public static class CrossSiteRequests
{
    /// <summary>The header the dashboard's scripts send with every change ("1").</summary>
    public const string HeaderName = "X-Bot-Dashboard";

    /// <summary>True for methods that change nothing (GET, HEAD, OPTIONS).</summary>
    public static bool IsSafe(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method);

    /// <summary>True when the browser says the request was started by a page of another site.</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        // Older browsers: compare the Origin's host with the host the request was sent to.
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when a cookie-signed request may change something: safe methods always, others only same-site with the header.</summary>
    public static bool IsAllowedWithCookie(HttpRequest request) =>
        IsSafe(request) || (!IsCrossSite(request) && request.Headers[HeaderName].ToString() == "1");
}
