namespace Bot.Ocr.Tesseract;

/// <summary>One word as tesseract placed it (its TSV output): which block, paragraph and line, where, how sure.</summary>
internal readonly record struct OcrWord(int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, double Confidence, string Text)
{
    public int Right => Left + Width;

    public int Bottom => Top + Height;
}
