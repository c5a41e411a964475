namespace Bot.Content.Hosting;

/// <summary>One published version as data: its hash and every content file's bytes, so another instance can load it.</summary>
/// <param name="Version">The content hash (<see cref="Bot.Dialogs.Content.ContentLoader.HashFolder"/> of these files).</param>
/// <param name="Files">Content files by path relative to the content folder, with '/' separators.</param>
public sealed record ContentPackage(string Version, IReadOnlyDictionary<string, byte[]> Files);
