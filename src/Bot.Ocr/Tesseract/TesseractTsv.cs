using System.Globalization;

namespace Bot.Ocr.Tesseract;

/// <summary>Parses tesseract's <c>tsv</c> output: the page row (level 1) for the size, word rows (level 5).</summary>
internal static class TesseractTsv
{
    // level page_num block_num par_num line_num word_num left top width height conf text
    private const int Columns = 12;

    public static TesseractPage Parse(string tsv)
    {
        var words = new List<OcrWord>();
        int width = 0, height = 0;
        foreach (var row in tsv.Split('\n'))
        {
            var cells = row.TrimEnd('\r').Split('\t');
            if (cells.Length < Columns - 1)
            {
                continue;
            }

            if (cells[0] == "1")
            {
                width = Int(cells[8]);
                height = Int(cells[9]);
                continue;
            }

            if (cells[0] != "5" || cells.Length < Columns)
            {
                continue; // header, block, paragraph and line rows
            }

            var text = cells[11].Trim();
            if (text.Length == 0
                || !double.TryParse(cells[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            words.Add(new OcrWord(
                Int(cells[2]), Int(cells[3]), Int(cells[4]),
                Int(cells[6]), Int(cells[7]), Int(cells[8]), Int(cells[9]),
                confidence, text.Normalize()));
        }

        return new TesseractPage(width, height, words);
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
