using Bot.Ocr.Tesseract;

namespace Bot.Ocr.Text;

/// <summary>One line as tesseract read it: its words, in which paragraph, and where it ends on the screen.</summary>
internal sealed class OcrLine(int block, int paragraph, List<OcrWord> words)
{
    public int Block { get; } = block;

    public int Paragraph { get; } = paragraph;

    public List<OcrWord> Words { get; } = words;

    public int Left => Words.Min(w => w.Left);

    public int Right => Words.Max(w => w.Right);

    public int Top => Words.Min(w => w.Top);

    public int Bottom => Words.Max(w => w.Bottom);

    /// <summary>Typical letter height of the line (median word height), to tell small timestamps from message text.</summary>
    public int TypicalHeight
    {
        get
        {
            var heights = Words.Select(w => w.Height).Order().ToArray();
            return heights[heights.Length / 2];
        }
    }

    public string Text => string.Join(' ', Words.Select(w => w.Text));
}
