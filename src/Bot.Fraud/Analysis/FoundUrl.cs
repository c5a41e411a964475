namespace Bot.Fraud.Analysis;

/// <summary>A link found in a message.</summary>
/// <param name="Text">The link as it reads after de-obfuscation ("https://abc.top/vn").</param>
/// <param name="Host">Lower-case host, without "www.", user name or port (may contain non-Latin letters).</param>
/// <param name="Path">Everything after the host ("/vn?x=1"), possibly empty.</param>
public sealed record FoundUrl(string Text, string Host, string Path);
