namespace Bot.Operations.Dashboard;

/// <summary>One live dashboard session in <c>GET /api/admin/sessions</c>; <c>Id</c> is the hash of its token, never the token.</summary>
public sealed record SessionDto(string Id, string Holder, string Name, string Role, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, bool Current);
