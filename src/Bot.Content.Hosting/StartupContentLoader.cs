using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Content.Hosting;

/// <summary>
/// Picks the content a starting host runs on, by the same rule as a hot reload: any error from the
/// loader or the validator refuses the folder.
/// </summary>
/// <remarks>
/// A refused folder is not fatal when an earlier good version is kept: the host starts on the
/// newest kept version that still validates (residents keep the last good content, the editor's
/// broken work stays in the folder untouched and goes live once fixed). With no good version kept
/// the host refuses to start, saying which lines to fix.
/// </remarks>
public static class StartupContentLoader
{
    /// <summary>The bundle to start on; its <see cref="ContentBundle.Path"/> is always <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidOperationException">The folder has errors and no kept version validates.</exception>
    public static ContentBundle Load(string folder, ContentVersionStore versions, TimeProvider time, ILogger logger)
    {
        var report = ValidateSnapshot(folder, versions, time, out var snapshot);
        if (!report.HasErrors && report.Bundle is not null)
        {
            if (snapshot is not null)
            {
                TryKeep(versions, snapshot, report.Bundle.Version, logger);
            }

            return report.Bundle with { Path = folder };
        }

        if (snapshot is not null)
        {
            ContentVersionStore.Discard(snapshot);
        }

        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => "  " + d).ToList();
        logger.LogError("Content in {Folder} has {Count} error(s) and cannot go live. Fix these lines (check with: dotnet run --project src/Bot.Host -- content validate {Folder}):{NewLine}{Errors}",
            folder, errors.Count, Environment.NewLine, string.Join(Environment.NewLine, errors), folder);

        foreach (var kept in versions.List())
        {
            var keptReport = SafeValidate(Path.Combine(versions.Path, kept.Version), time);
            if (!keptReport.HasErrors && keptReport.Bundle is not null)
            {
                logger.LogWarning("Started on the last good content version {Version} (kept {SavedAt:u} in {Versions}); residents get it until the folder is fixed, then the fix goes live without a restart",
                    kept.Version, kept.SavedAt, versions.Path);
                return keptReport.Bundle with { Path = folder };
            }
        }

        throw new InvalidOperationException(
            $"The bot cannot start: the content in {folder} has {errors.Count} error(s) and no earlier good version is kept in {versions.Path}. " +
            $"Fix these lines, then start again:{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}");
    }

    /// <summary>Validates a one-read copy of the folder (so the hash and the content agree); the folder itself if no copy can be made.</summary>
    private static ValidationReport ValidateSnapshot(string folder, ContentVersionStore versions, TimeProvider time, out string? snapshot)
    {
        snapshot = null;
        if (Directory.Exists(folder))
        {
            try
            {
                snapshot = versions.Snapshot(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                // a read-only disk beside the content (a locked-down deployment): validate in place
            }
        }

        return SafeValidate(snapshot ?? folder, time);
    }

    /// <summary>Validates, turning anything the validator throws into an error line (the folder is refused, the host still starts on a kept version).</summary>
    private static ValidationReport SafeValidate(string folder, TimeProvider time)
    {
        try
        {
            return ContentValidator.Validate(folder, time);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ValidationReport(null, [new ContentDiagnostic(new SourceLocation(".", 1, 1), DiagnosticSeverity.Error,
                "the content could not be checked: " + ex.Message, "fix the last edit or restore the last published version")]);
        }
    }

    private static void TryKeep(ContentVersionStore versions, string snapshot, string version, ILogger logger)
    {
        try
        {
            versions.Keep(snapshot, version);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ContentVersionStore.Discard(snapshot);
            logger.LogWarning(ex, "Could not keep content version {Version} in {Path} for rollback", version, versions.Path);
        }
    }
}
