namespace Bot.Operations.Dashboard;

/// <summary>How many sessions a revocation ended.</summary>
public sealed record RevokedDto(int Revoked);
