namespace Bot.Ocr;

/// <summary>Settings of screenshot reading (configuration section <c>Ocr</c>).</summary>
public sealed class OcrOptions
{
    public const string SectionName = "Ocr";

    /// <summary>Turns screenshot reading off entirely (the bot then says it cannot read photos yet).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The tesseract program: a name found on PATH or a full path.</summary>
    public string TesseractPath { get; set; } = "tesseract";

    /// <summary>Tesseract languages, Vietnamese first (Debian packages tesseract-ocr-vie and tesseract-ocr-eng).</summary>
    public string Languages { get; set; } = "vie+eng";

    /// <summary>Images read at the same time. One tesseract uses one core, so keep this below the core count: turns need CPU too.</summary>
    public int MaxConcurrentReads { get; set; } = 1;

    /// <summary>Images allowed to wait for a free reader; one more is answered "busy, try again shortly" at once.</summary>
    public int MaxQueuedReads { get; set; } = 8;

    /// <summary>Longest wait for a free reader before the answer is "busy".</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest one tesseract run may take; it is then stopped.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Largest image accepted, in bytes (5 MB, the web chat's limit too).</summary>
    public int MaxImageBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels (width × height), read from the header before decoding: a small file can claim a huge picture.</summary>
    public long MaxImagePixels { get; set; } = 16_000_000;

    /// <summary>Decode in memory and hand tesseract a grayscale picture (the steps below need it).</summary>
    public bool Preprocess { get; set; } = true;

    /// <summary>Screenshots narrower than this many pixels are enlarged to it (at most 3×); 0 turns enlarging off.</summary>
    public int UpscaleBelowWidth { get; set; } = 1000;

    /// <summary>Turn a mostly dark screenshot (dark theme) into dark letters on light on the first try too (measured: no gain with tesseract 5, which inverts by itself).</summary>
    public bool InvertDarkScreens { get; set; }

    /// <summary>
    /// When the first try reads no message, try once more in black and white by each pixel's neighbourhood (a photo of
    /// a screen in uneven light, whose grey bubble tesseract otherwise takes for a picture).
    /// </summary>
    public bool RetryWithLocalThreshold { get; set; } = true;

    /// <summary>Tesseract's page segmentation mode (3: automatic, 4: one column of varying sizes, 11: sparse text).</summary>
    public int PageSegmentationMode { get; set; } = 3;

    /// <summary>Diagnostics for benchmarks: sample the tesseract process's peak resident memory and CPU time.</summary>
    public bool MeasureProcessUsage { get; set; }

    /// <summary>A sentence saying what is wrong, or null when the settings make sense.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(TesseractPath))
        {
            return "Ocr:TesseractPath must name the tesseract program (default: tesseract).";
        }

        if (string.IsNullOrWhiteSpace(Languages) || Languages.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '+' or '_')))
        {
            return "Ocr:Languages must be tesseract language names joined by '+', e.g. vie+eng.";
        }

        if (MaxConcurrentReads is < 1 or > 64)
        {
            return "Ocr:MaxConcurrentReads must be between 1 and 64 (one core per read).";
        }

        if (MaxQueuedReads is < 0 or > 10_000)
        {
            return "Ocr:MaxQueuedReads must be between 0 and 10000.";
        }

        if (ReadTimeout <= TimeSpan.Zero || QueueTimeout < TimeSpan.Zero)
        {
            return "Ocr:ReadTimeout must be positive and Ocr:QueueTimeout not negative (e.g. 00:00:20).";
        }

        if (MaxImageBytes is < 1024 or > 50 * 1024 * 1024)
        {
            return "Ocr:MaxImageBytes must be between 1024 and 52428800.";
        }

        if (MaxImagePixels is < 10_000 or > 100_000_000)
        {
            return "Ocr:MaxImagePixels must be between 10000 and 100000000.";
        }

        if (UpscaleBelowWidth is < 0 or > 4000)
        {
            return "Ocr:UpscaleBelowWidth must be between 0 (off) and 4000 pixels.";
        }

        return PageSegmentationMode is 1 or 3 or 4 or 6 or 11 or 12
            ? null
            : "Ocr:PageSegmentationMode must be 1, 3, 4, 6, 11 or 12 (tesseract --help-psm).";
    }
}
