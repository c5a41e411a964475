namespace Bot.Dialogs.Content;

/// <summary>Content could not be loaded; <see cref="Diagnostics"/> says where and why.</summary>
public sealed class ContentLoadException(IReadOnlyList<ContentDiagnostic> diagnostics)
    : Exception(BuildMessage(diagnostics))
{
    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; } = diagnostics;

    private static string BuildMessage(IReadOnlyList<ContentDiagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return $"Content has {errors.Count} error(s):{Environment.NewLine}" +
               string.Join(Environment.NewLine, errors.Take(50).Select(d => "  " + d));
    }
}
