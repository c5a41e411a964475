using Bot.Dialogs.Content;

namespace Bot.Dialogs.Tools;

/// <summary>What <see cref="ContentValidator"/> found: the loaded bundle (when it loads) and every diagnostic.</summary>
/// <param name="Bundle">The content, or null when the loader found errors.</param>
/// <param name="Diagnostics">Loader and validator findings, errors first, then by file and line.</param>
public sealed record ValidationReport(ContentBundle? Bundle, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    /// <summary>True when at least one finding is an error (the content must not be published).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
