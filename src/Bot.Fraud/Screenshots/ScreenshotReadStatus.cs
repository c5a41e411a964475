namespace Bot.Fraud.Screenshots;

/// <summary>What came of reading a resident's photo; each value has its own answer.</summary>
public enum ScreenshotReadStatus
{
    /// <summary>A message was read.</summary>
    Read,

    /// <summary>No usable text: blurred, dark, too large, not an image, or the reading failed or took too long.</summary>
    Unreadable,

    /// <summary>Too many photos are being read right now.</summary>
    Busy,

    /// <summary>This server cannot read photos (the reader is not installed or is turned off).</summary>
    Unavailable,
}
