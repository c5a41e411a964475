namespace Bot.Broadcasts.Alerts;

/// <summary>Why an action on an alert was refused: an HTTP status for the API and a sentence for officers in chat.</summary>
/// <param name="Status">400 bad input, 403 not allowed, 404 unknown alert, 409 wrong state, 503 store down.</param>
/// <param name="Title">Short English title for API clients.</param>
/// <param name="Detail">English detail for API clients, saying what to do.</param>
/// <param name="Vietnamese">The same for officers in chat.</param>
public sealed record BroadcastProblem(int Status, string Title, string Detail, string Vietnamese);
