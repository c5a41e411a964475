namespace Bot.Dialogs.Reporting;

/// <summary>The content in force and how the last reload went.</summary>
/// <param name="Version">Short hash of the content folder in force.</param>
/// <param name="LoadedAt">When it was loaded.</param>
/// <param name="Flows">How many flows it has.</param>
/// <param name="LastReloadAt">When a reload was last tried; null when never.</param>
/// <param name="LastReloadError">Why the last reload failed (operator English); null when it worked.</param>
/// <param name="LastReloadErrorVi">The same lines in Vietnamese, for editors (the preview page); null when it worked or none is known.</param>
public sealed record ContentStatus(string Version, DateTimeOffset LoadedAt, int Flows, DateTimeOffset? LastReloadAt, string? LastReloadError, string? LastReloadErrorVi = null);
