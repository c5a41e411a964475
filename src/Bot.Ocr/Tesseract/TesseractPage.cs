namespace Bot.Ocr.Tesseract;

/// <summary>Everything tesseract read on one image: the page size and the words in reading order.</summary>
internal sealed record TesseractPage(int Width, int Height, IReadOnlyList<OcrWord> Words);
