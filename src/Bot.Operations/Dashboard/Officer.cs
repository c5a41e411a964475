namespace Bot.Operations.Dashboard;

/// <summary>A person who may open the dashboard.</summary>
public sealed record Officer(string Id, string Name, string Role);
