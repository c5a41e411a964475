using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>
/// The one admin sign-in: an API key from <c>Admin:ApiKeys</c> in <c>Authorization: Bearer</c>, or the
/// dashboard's session cookie; every admin route names a role policy (<see cref="AdminPolicies"/>).
/// </summary>
/// <remarks>
/// Answers, each with a problem body saying what to do: 401 (no or wrong key), 403 (another role, or no
/// key configured at all), 429 with Retry-After (too many wrong keys from this address), 503 (the session
/// store does not answer). A browser opening an admin page without a session is sent to the sign-in page.
/// </remarks>
public sealed class AdminAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminKeyAuthenticator keys,
    AdminSessions sessions,
    SignInThrottle throttle) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Where a browser without a session is sent.</summary>
    public const string SignInPath = "/admin/login";

    private const string WaitItem = "Bot.Admin.Wait";
    private const string StoreDownItem = "Bot.Admin.StoreDown";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var authorization = Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            var address = Context.Connection.RemoteIpAddress;
            if (throttle.Wait(address) is { } wait)
            {
                // Not even the right key is checked while the address waits: the answer must not tell a guesser anything.
                SignInThrottle.Refused();
                Context.Items[WaitItem] = wait;
                return AuthenticateResult.Fail("too many wrong keys from this address");
            }

            if (keys.Authenticate(authorization) is not { } key)
            {
                throttle.Failed(address);
                return AuthenticateResult.Fail("unknown key");
            }

            throttle.Succeeded(address);
            return Success(AdminPrincipalExtensions.CreateAdminPrincipal(AdminSessions.KeyHolder + key.Name, key.Name, key.Role, key.Areas));
        }

        if (Request.Cookies.TryGetValue(AdminAuthenticationDefaults.CookieName, out var token))
        {
            try
            {
                return await sessions.FindAsync(token, Context.RequestAborted).ConfigureAwait(false) is { } session
                    ? Success(AdminPrincipalExtensions.CreateAdminPrincipal(session.Holder, session.Name, session.Role, session.Areas, session.Id))
                    : AuthenticateResult.NoResult();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Logger.LogWarning(ex, "Dashboard sessions cannot be read (is the session store, Redis, reachable?); the request is answered 503");
                Context.Items[StoreDownItem] = true;
                return AuthenticateResult.Fail("session store unavailable");
            }
        }

        return AuthenticateResult.NoResult();
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[WaitItem] is TimeSpan wait)
        {
            var seconds = SignInThrottle.Seconds(wait);
            Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Problem(StatusCodes.Status429TooManyRequests, "Too many wrong keys",
                $"Too many wrong keys came from this address. Wait {seconds} seconds, then try again with the right key.");
        }

        if (Context.Items.ContainsKey(StoreDownItem))
        {
            return Problem(StatusCodes.Status503ServiceUnavailable, "Sign-in unavailable",
                "Dashboard sessions are kept in Redis, which does not answer. Try again in a moment, or send 'Authorization: Bearer <key>'.");
        }

        if (HttpMethods.IsGet(Request.Method) && Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
        {
            Response.Redirect(SignInPath); // a person in a browser: show the sign-in page
            return Task.CompletedTask;
        }

        if (!keys.HasKeys)
        {
            return Problem(StatusCodes.Status403Forbidden, "Admin sign-in is off",
                "No admin key is configured. Add one to Admin:ApiKeys (README, 'Admin keys'), then send 'Authorization: Bearer <key>' or sign in at /admin.");
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        return Problem(StatusCodes.Status401Unauthorized, "Sign in first",
            "Send 'Authorization: Bearer <key>' with a key whose SHA-256 is configured in Admin:ApiKeys, or sign in at /admin.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var needed = (Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>() ?? [])
            .SelectMany(a => AdminPolicies.RolesOf(a.Policy))
            .Distinct()
            .ToList();
        return Problem(StatusCodes.Status403Forbidden, "Not allowed for this role",
            $"'{Context.User.AdminName()}' has role {Context.User.AdminRole()}; this needs {string.Join(" or ", needed)}.");
    }

    private AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));

    private Task Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(Context);
}
