namespace Bot.Ocr;

/// <summary>What came of reading one image; each value has its own answer for the resident.</summary>
public enum OcrStatus
{
    /// <summary>Text was read.</summary>
    Read,

    /// <summary>The image was read but holds no usable text (blurred, dark, a photo of a cat): ask for a clearer screenshot.</summary>
    NoText,

    /// <summary>Too many images are being read right now: try again in a minute.</summary>
    Busy,

    /// <summary>Tesseract or its Vietnamese data is not installed: the bot cannot read photos yet.</summary>
    Unavailable,

    /// <summary>Not a JPEG, PNG or WebP image, empty, or larger than the limits.</summary>
    Rejected,

    /// <summary>Reading took longer than the time limit and was stopped.</summary>
    TimedOut,

    /// <summary>Tesseract failed on this image (a damaged file).</summary>
    Failed,
}
