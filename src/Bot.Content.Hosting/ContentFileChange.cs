namespace Bot.Content.Hosting;

/// <summary>One content file that differs between two versions.</summary>
/// <param name="Path">The file, relative to the content folder, '/' separators.</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Diff">The unified text diff of the file (empty in lists that only name the files).</param>
public sealed record ContentFileChange(string Path, string Change, string Diff);
