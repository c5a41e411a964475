using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>A scripted exchange from <c>content/tests/*.yaml</c>.</summary>
/// <param name="Name">What the test shows, in the editor's words.</param>
/// <param name="Locale">"vi" (default) or "en" (the runner switches language first).</param>
public sealed record ConversationTest(string Name, string Locale, IReadOnlyList<ConversationStep> Steps, SourceLocation Location);
