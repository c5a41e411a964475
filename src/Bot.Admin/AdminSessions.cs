using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Admin;

/// <summary>
/// Dashboard sessions kept on the server: a sign-in gives the browser a random token, and every request
/// looks the session up and checks its holder again, so revoking it, removing the key from
/// <c>Admin:ApiKeys</c> or revoking the officer's role ends it at once.
/// </summary>
public sealed class AdminSessions(IAdminSessionStore store, AdminKeyAuthenticator keys, TimeProvider time, IAdminHolderDirectory? officers = null)
{
    /// <summary>Holder prefix of a session opened with an API key.</summary>
    public const string KeyHolder = "key:";

    /// <summary>Holder prefix of a session opened by a link sent in an officer's chat.</summary>
    public const string OfficerHolder = "officer:";

    /// <summary>Where sessions are kept ("memory" or "redis").</summary>
    public string StoreName => store.Name;

    /// <summary>Opens a session for an API key's holder; returns the cookie's token.</summary>
    public Task<(string Token, AdminSessionRecord Session)> SignInAsync(AdminApiKey key, TimeSpan lifetime, CancellationToken cancellationToken) =>
        OpenAsync(KeyHolder + key.Name, key.Name, key.Role, key.Areas, AdminKeyAuthenticator.Fingerprint(key), lifetime, cancellationToken);

    /// <summary>Opens a session for an officer signed in by a chat link; returns the cookie's token.</summary>
    public Task<(string Token, AdminSessionRecord Session)> SignInOfficerAsync(string officerId, AdminHolder officer, TimeSpan lifetime, CancellationToken cancellationToken) =>
        OpenAsync(OfficerHolder + officerId, officer.Name, officer.Role, officer.Areas, "", lifetime, cancellationToken);

    /// <summary>
    /// The session a cookie's token stands for, with the holder's current name and role; null when the token is
    /// unknown, expired or revoked, or its holder no longer holds a key or role (the session is then removed).
    /// </summary>
    public async Task<AdminSessionRecord?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (token is not { Length: > 0 and < 200 })
        {
            return null;
        }

        var session = await store.FindAsync(Id(token), cancellationToken).ConfigureAwait(false);
        if (session is null || session.ExpiresAt <= time.GetUtcNow())
        {
            return null;
        }

        var current = await CurrentAsync(session, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            await store.RemoveAsync(session.Id, cancellationToken).ConfigureAwait(false);
        }

        return current;
    }

    /// <summary>Ends one session (signing out, or an administrator's revocation).</summary>
    public Task<bool> RevokeAsync(string id, CancellationToken cancellationToken) => store.RemoveAsync(id, cancellationToken);

    /// <summary>Ends every session of a holder ("key:Name" or "officer:Id").</summary>
    public Task<int> RevokeHolderAsync(string holder, CancellationToken cancellationToken) => store.RemoveHolderAsync(holder, cancellationToken);

    /// <summary>Every live session.</summary>
    public Task<IReadOnlyList<AdminSessionRecord>> ListAsync(CancellationToken cancellationToken) => store.ListAsync(cancellationToken);

    /// <summary>The session id of a token: its SHA-256, so the store never holds a usable token.</summary>
    public static string Id(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task<(string Token, AdminSessionRecord Session)> OpenAsync(
        string holder, string name, string role, IReadOnlyList<string> areas, string fingerprint, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        var session = new AdminSessionRecord(Id(token), holder, name, role, areas, fingerprint, now, now + lifetime);
        await store.AddAsync(session, cancellationToken).ConfigureAwait(false);
        return (token, session);
    }

    /// <summary>The session as its holder stands now (role and name may have changed), or null when the holder is gone.</summary>
    private async ValueTask<AdminSessionRecord?> CurrentAsync(AdminSessionRecord session, CancellationToken cancellationToken)
    {
        if (session.Holder.StartsWith(KeyHolder, StringComparison.Ordinal))
        {
            return keys.FindByName(session.Holder[KeyHolder.Length..]) is var (key, fingerprint)
                && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(fingerprint), Encoding.ASCII.GetBytes(session.KeyFingerprint))
                ? session with { Role = key.Role, Areas = key.Areas }
                : null;
        }

        if (session.Holder.StartsWith(OfficerHolder, StringComparison.Ordinal) && officers is not null
            && await officers.FindOfficerAsync(session.Holder[OfficerHolder.Length..], cancellationToken).ConfigureAwait(false) is { } officer)
        {
            return session with { Name = officer.Name, Role = officer.Role, Areas = officer.Areas };
        }

        return null;
    }
}
