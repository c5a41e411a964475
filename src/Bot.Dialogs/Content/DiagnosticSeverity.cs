namespace Bot.Dialogs.Content;

/// <summary>How serious a content problem is: errors block loading, warnings do not.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
