namespace Bot.Content.Hosting;

/// <summary>One kept version of the content: its hash and when it was published.</summary>
public sealed record ContentVersionInfo(string Version, DateTimeOffset SavedAt);
