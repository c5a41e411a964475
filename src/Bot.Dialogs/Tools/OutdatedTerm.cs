namespace Bot.Dialogs.Tools;

/// <summary>A word or phrase residents must no longer read (e.g. an office abolished in 2025), and why.</summary>
/// <param name="Term">As written by the editor.</param>
/// <param name="Folded">Lower case, without diacritics, for matching.</param>
/// <param name="Reason">Why it is outdated and what to write instead, in Vietnamese and English (editors read it in their <c>--lang</c>).</param>
public sealed record OutdatedTerm(string Term, string Folded, Bot.Dialogs.Content.LocalizedText Reason);
