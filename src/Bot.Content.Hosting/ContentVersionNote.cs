namespace Bot.Content.Hosting;

/// <summary>Who publishes a version and why, as they said it.</summary>
/// <param name="Author">The admin key's holder or session name, or the user who ran the command.</param>
/// <param name="Message">Their one-line message (<c>content publish -m "…"</c>), or null.</param>
public sealed record ContentVersionNote(string? Author, string? Message);
