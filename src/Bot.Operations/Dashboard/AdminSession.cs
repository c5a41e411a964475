namespace Bot.Operations.Dashboard;

/// <summary>Who is signed in to the dashboard, and until when.</summary>
public sealed record AdminSession(string Name, string Role, DateTimeOffset ExpiresAt);
