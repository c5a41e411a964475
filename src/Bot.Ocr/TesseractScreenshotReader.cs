using System.Diagnostics;
using Bot.Ocr.Tesseract;
using Bot.Ocr.Text;
using Microsoft.Extensions.Logging;

namespace Bot.Ocr;

/// <summary>
/// Screenshot reading with Debian's tesseract: checks the bytes (size, format by magic bytes, pixel
/// count from the header), waits for a free reader in the bounded pool, pre-processes in memory, runs
/// tesseract through a pipe, and joins the lines. The image and its text are never logged or written
/// to disk; log lines carry only the status, sizes and times.
/// </summary>
public sealed class TesseractScreenshotReader : IScreenshotReader, IDisposable
{
    private readonly OcrOptions _options;
    private readonly ILogger _logger;
    private readonly OcrWorkerPool _pool;
    private readonly ScreenshotPreprocessor _preprocessor;
    private readonly TesseractProcess _tesseract;
    private readonly Lazy<Task<bool>> _available;

    public TesseractScreenshotReader(OcrOptions options, ILogger<TesseractScreenshotReader> logger)
    {
        if (options.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        _options = options;
        _logger = logger;
        _pool = new OcrWorkerPool(options);
        _preprocessor = new ScreenshotPreprocessor(options);
        _tesseract = new TesseractProcess(options);
        _available = new Lazy<Task<bool>>(ProbeAsync);
    }

    /// <summary>Images being read or waiting for a reader right now.</summary>
    public int InFlight => _pool.Admitted;

    public Task<bool> IsAvailableAsync(CancellationToken cancellationToken = default) => _available.Value.WaitAsync(cancellationToken);

    public async Task<OcrResult> ReadAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken = default)
    {
        if (Refuse(image.Span) is { } refused)
        {
            _logger.LogInformation("Screenshot refused: {Detail}", refused.Detail);
            return refused;
        }

        if (!await IsAvailableAsync(cancellationToken).ConfigureAwait(false))
        {
            return OcrResult.Of(OcrStatus.Unavailable, "screenshot reading is off (see the start-up log)");
        }

        var (ran, result) = await _pool.TryRunAsync(ct => ReadNowAsync(image, ct), cancellationToken).ConfigureAwait(false);
        if (!ran)
        {
            _logger.LogWarning("Screenshot reading busy: {InFlight} images in flight, limit {Limit}; the resident is asked to try again shortly",
                _pool.Admitted, _options.MaxConcurrentReads + _options.MaxQueuedReads);
            return OcrResult.Of(OcrStatus.Busy, "every reader is busy and the queue is full");
        }

        return result;
    }

    private OcrResult? Refuse(ReadOnlySpan<byte> image)
    {
        if (image.IsEmpty)
        {
            return OcrResult.Of(OcrStatus.Rejected, "empty image");
        }

        if (image.Length > _options.MaxImageBytes)
        {
            return OcrResult.Of(OcrStatus.Rejected, $"image of {image.Length} bytes, limit {_options.MaxImageBytes}");
        }

        if (ImageFormatSniffer.Detect(image) is not { } format)
        {
            return OcrResult.Of(OcrStatus.Rejected, "not a JPEG, PNG or WebP image");
        }

        if (ImageSize.Read(image, format) is not { } size)
        {
            return OcrResult.Of(OcrStatus.Rejected, $"damaged {format} header");
        }

        return size.Pixels > _options.MaxImagePixels
            ? OcrResult.Of(OcrStatus.Rejected, $"{size.Width}×{size.Height} pixels, limit {_options.MaxImagePixels}")
            : null;
    }

    private async Task<OcrResult> ReadNowAsync(ReadOnlyMemory<byte> image, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        var result = await ReadOnceAsync(image, localThreshold: false, started, cancellationToken).ConfigureAwait(false);
        if (result.Status is OcrStatus.Read or OcrStatus.NoText && Letters(result.Text) < LettersOfAShortMessage
            && _options.Preprocess && _options.RetryWithLocalThreshold)
        {
            // Little or nothing beyond a name was read: most often a photo of a screen whose bubble tesseract skipped.
            var second = await ReadOnceAsync(image, localThreshold: true, started, cancellationToken).ConfigureAwait(false);
            if (second.Status == OcrStatus.Read && Letters(second.Text) > Letters(result.Text))
            {
                result = second;
            }
            else
            {
                result = result with { Elapsed = started.Elapsed };
            }
        }

        _logger.LogInformation("Screenshot read: {Status}, {Characters} characters in {ElapsedMs} ms", result.Status, result.Text.Length, (int)started.Elapsed.TotalMilliseconds);
        return result;
    }

    private async Task<OcrResult> ReadOnceAsync(ReadOnlyMemory<byte> image, bool localThreshold, Stopwatch started, CancellationToken cancellationToken)
    {
        var input = image;
        if (_options.Preprocess)
        {
            if (_preprocessor.Prepare(image.Span, localThreshold) is not { } prepared)
            {
                return OcrResult.Of(OcrStatus.Failed, "the image could not be decoded") with { Elapsed = started.Elapsed };
            }

            input = prepared;
        }

        var run = await _tesseract.RunAsync(input, cancellationToken).ConfigureAwait(false);
        if (run.Status != OcrStatus.Read)
        {
            _logger.LogWarning("Screenshot reading failed: {Status} after {ElapsedMs} ms ({Detail})", run.Status, (int)started.Elapsed.TotalMilliseconds, run.Detail);
            return new OcrResult(run.Status, "", started.Elapsed) { Detail = run.Detail, PeakMemoryBytes = run.Usage?.PeakMemoryBytes, ProcessorTime = run.Usage?.ProcessorTime };
        }

        var page = TesseractTsv.Parse(run.Tsv);
        var text = ScreenshotTextJoiner.Join(page);
        var raw = string.Join('\n', page.Words.GroupBy(w => (w.Block, w.Paragraph, w.Line)).Select(g => string.Join(' ', g.Select(w => w.Text))));
        var status = IsMessage(text) ? OcrStatus.Read : OcrStatus.NoText;
        return new OcrResult(status, status == OcrStatus.Read ? text : "", started.Elapsed) { RawText = raw, PeakMemoryBytes = run.Usage?.PeakMemoryBytes, ProcessorTime = run.Usage?.ProcessorTime };
    }

    // Fewer letters than this after the first try: worth a second try (a scam message is rarely shorter).
    private const int LettersOfAShortMessage = 30;

    private static int Letters(string text) => text.Count(char.IsLetter);

    /// <summary>At least two words with six letters between them: less is a stray mark, not a message to judge.</summary>
    private static bool IsMessage(string text) =>
        text.Count(char.IsLetter) >= 6
        && text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 2;

    private async Task<bool> ProbeAsync()
    {
        if (!_options.Enabled)
        {
            _logger.LogWarning("Screenshot reading is off (Ocr:Enabled=false): residents who send a photo are asked to type the message");
            return false;
        }

        var problem = await TesseractProbe.FindProblemAsync(_options, CancellationToken.None).ConfigureAwait(false);
        if (problem is not null)
        {
            _logger.LogWarning("Screenshot reading is unavailable: {Problem} Residents who send a photo are asked to type the message", problem);
            return false;
        }

        _logger.LogInformation("Screenshot reading on: tesseract {Languages}, {Readers} at once, {Queue} waiting", _options.Languages, _options.MaxConcurrentReads, _options.MaxQueuedReads);
        return true;
    }

    public void Dispose() => _pool.Dispose();
}
