namespace Bot.Admin;

/// <summary>Someone who may hold an admin session, as their directory knows them now.</summary>
public sealed record AdminHolder(string Name, string Role, IReadOnlyList<string> Areas);
