namespace Bot.Dialogs.Content;

/// <summary>One problem found in content, with where it is and how to fix it.</summary>
public sealed record ContentDiagnostic(SourceLocation Location, DiagnosticSeverity Severity, string Message, string? Fix = null)
{
    /// <summary>
    /// The fix in Vietnamese when the content itself wrote it in both languages (an outdated term's reason);
    /// null when the fix is the checks' own English, which the editors' message catalogue translates.
    /// </summary>
    public string? FixVi { get; init; }

    /// <summary>Compiler-style line: <c>file:line:col: error: message — fix</c>.</summary>
    public override string ToString() =>
        $"{Location}: {(Severity == DiagnosticSeverity.Error ? "error" : "warning")}: {Message}{(Fix is null ? "" : " — " + Fix)}";
}
