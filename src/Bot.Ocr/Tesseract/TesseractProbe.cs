using System.ComponentModel;
using System.Diagnostics;

namespace Bot.Ocr.Tesseract;

/// <summary>Checks once that the tesseract program runs and has every configured language.</summary>
internal static class TesseractProbe
{
    /// <summary>Null when usable, otherwise a sentence for the operator saying what to install.</summary>
    public static async Task<string?> FindProblemAsync(OcrOptions options, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = TesseractProcess.StartInfo(options, "--list-langs") };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return $"'{options.TesseractPath}' was not found; install the Debian packages tesseract-ocr and tesseract-ocr-vie, or set Ocr:TesseractPath.";
        }

        process.StandardInput.Close();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            var installed = (await output.ConfigureAwait(false) + "\n" + await errors.ConfigureAwait(false))
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal);
            var missing = options.Languages.Split('+').Where(l => !installed.Contains(l)).ToList();
            return missing.Count == 0
                ? null
                : $"tesseract has no language data for {string.Join(", ", missing)}; install tesseract-ocr-{string.Join(" tesseract-ocr-", missing)}.";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            return $"'{options.TesseractPath} --list-langs' did not answer within 15 s.";
        }
    }
}
