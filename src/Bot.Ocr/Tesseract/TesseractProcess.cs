using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Bot.Ocr.Tesseract;

/// <summary>
/// Runs the tesseract program once: the image goes in through standard input and the words come back
/// on standard output, so the picture never touches the disk. Arguments are passed as a list (no
/// shell, nothing from the image or the resident is ever part of a command line), and a run longer
/// than the time limit is killed together with any child it started.
/// </summary>
internal sealed class TesseractProcess(OcrOptions options)
{
    public async Task<TesseractRun> RunAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        using var process = new Process { StartInfo = StartInfo(options, "stdin", "stdout", "-l", options.Languages, "--psm",
            options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture), "tsv") };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return new TesseractRun(OcrStatus.Unavailable, "", started.Elapsed, null, $"cannot start {options.TesseractPath}: {e.Message}");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ReadTimeout);
        var usage = options.MeasureProcessUsage ? SampleUsageAsync(process.Id, timeout.Token) : Task.FromResult<ProcessUsage?>(null);
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await WriteImageAsync(process, image, timeout.Token).ConfigureAwait(false);
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
            var tsv = await output.ConfigureAwait(false);
            await errors.ConfigureAwait(false);
            var used = await UsageAsync(usage).ConfigureAwait(false);
            return process.ExitCode == 0
                ? new TesseractRun(OcrStatus.Read, tsv, started.Elapsed, used, null)
                : new TesseractRun(OcrStatus.Failed, "", started.Elapsed, used, $"tesseract exited with code {process.ExitCode}");
        }
        catch (OperationCanceledException)
        {
            Kill(process);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            return new TesseractRun(OcrStatus.TimedOut, "", started.Elapsed, null, $"tesseract stopped after {options.ReadTimeout.TotalSeconds:0.#} s");
        }
        finally
        {
            timeout.Cancel(); // ends the memory sampler
            Kill(process);
        }
    }

    /// <summary>The start settings: a program and an argument list, never a shell line.</summary>
    public static ProcessStartInfo StartInfo(OcrOptions options, params string[] arguments)
    {
        var info = new ProcessStartInfo(options.TesseractPath)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Tesseract's OpenMP threads would take every core for one image; the pool decides how many cores OCR gets.
        info.Environment["OMP_THREAD_LIMIT"] = "1";
        return info;
    }

    private static async Task WriteImageAsync(Process process, ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        try
        {
            await process.StandardInput.BaseStream.WriteAsync(image, cancellationToken).ConfigureAwait(false);
            await process.StandardInput.BaseStream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException)
        {
            // Tesseract stopped reading (it refused the image); its exit code tells the rest.
        }
        finally
        {
            try
            {
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The pipe is already broken: nothing left to close.
            }
        }
    }

    private static async Task<ProcessUsage?> UsageAsync(Task<ProcessUsage?> sampler)
    {
        try
        {
            return await sampler.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// Polls the process's VmHWM (the kernel's high-water mark of resident memory) and its CPU time until it is
    /// gone; the last sample is within a few milliseconds of the end. For benchmarks only.
    /// </summary>
    private static async Task<ProcessUsage?> SampleUsageAsync(int pid, CancellationToken cancellationToken)
    {
        ProcessUsage? usage = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            string status, stat;
            try
            {
                status = await File.ReadAllTextAsync($"/proc/{pid}/status", cancellationToken).ConfigureAwait(false);
                stat = await File.ReadAllTextAsync($"/proc/{pid}/stat", cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                return usage; // exited
            }

            var peak = status.Split('\n').FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) is { } line
                && long.TryParse(line[6..].Replace("kB", "", StringComparison.Ordinal).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)
                ? kb * 1024 : 0;

            // Fields after the command name: state is the 1st, utime the 12th and stime the 13th (clock ticks, 100 a second).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = fields.Length > 12
                && long.TryParse(fields[11], NumberStyles.Integer, CultureInfo.InvariantCulture, out var user)
                && long.TryParse(fields[12], NumberStyles.Integer, CultureInfo.InvariantCulture, out var system)
                ? user + system : 0;
            if (peak > 0)
            {
                usage = new ProcessUsage(Math.Max(peak, usage?.PeakMemoryBytes ?? 0), TimeSpan.FromMilliseconds(ticks * 10));
            }

            await Task.Delay(5, CancellationToken.None).ConfigureAwait(false);
        }

        return usage;
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }
}
