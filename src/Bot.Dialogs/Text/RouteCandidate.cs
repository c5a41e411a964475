namespace Bot.Dialogs.Text;

/// <summary>A target with its similarity score (0–1).</summary>
public readonly record struct RouteCandidate(RouteTarget Target, double Score);
