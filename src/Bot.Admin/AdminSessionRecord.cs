namespace Bot.Admin;

/// <summary>One dashboard session as the server keeps it; the browser holds only a random token whose hash is <see cref="Id"/>.</summary>
/// <param name="Id">Hex SHA-256 of the cookie's token: a stolen copy of the store cannot be replayed as a cookie.</param>
/// <param name="Holder">"key:Name" (signed in with an API key) or "officer:Id" (signed in by a link from the chat).</param>
/// <param name="Name">Shown on the dashboard.</param>
/// <param name="Role">The role at sign-in; refreshed from the holder on every request.</param>
/// <param name="Areas">Areas the holder acts for.</param>
/// <param name="KeyFingerprint">For key holders, a fingerprint of the configured hash: a rotated key ends the old sessions.</param>
/// <param name="CreatedAt">When the session began.</param>
/// <param name="ExpiresAt">When it ends at the latest.</param>
public sealed record AdminSessionRecord(
    string Id,
    string Holder,
    string Name,
    string Role,
    IReadOnlyList<string> Areas,
    string KeyFingerprint,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt);
