namespace Bot.Ocr.Tesseract;

/// <summary>What one tesseract process used: its peak resident memory and its CPU time (sampled; benchmarks only).</summary>
internal sealed record ProcessUsage(long PeakMemoryBytes, TimeSpan ProcessorTime);
