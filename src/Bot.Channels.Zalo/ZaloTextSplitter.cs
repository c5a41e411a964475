namespace Bot.Channels.Zalo;

/// <summary>Cuts long text into messages that fit Zalo's limit, at the most natural break available.</summary>
/// <remarks>
/// Both Zalo surfaces accept 2,000 characters per text message; the counting unit is not documented,
/// so UTF-16 units are counted (never fewer than code points, so a piece never runs over). Breaks are
/// tried in the order a reader would choose: paragraph, line, sentence, word; a hard cut is the last
/// resort and never separates a surrogate pair.
/// </remarks>
public static class ZaloTextSplitter
{
    private static readonly string[] SentenceEnds = [". ", "! ", "? ", "… ", ".\n", ": "];

    /// <summary>Splits <paramref name="text"/> into pieces of at most <paramref name="maxLength"/> characters.</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        var pieces = new List<string>();
        var rest = text.Trim();
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var piece = rest[..cut].TrimEnd();
            if (piece.Length > 0)
            {
                pieces.Add(piece);
            }

            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || pieces.Count == 0)
        {
            pieces.Add(rest);
        }

        return pieces;
    }

    private static int FindCut(string text, int max)
    {
        var window = text.AsSpan(0, max);
        var half = max / 2;

        var paragraph = window.LastIndexOf("\n\n");
        if (paragraph >= half)
        {
            return paragraph + 1;
        }

        var line = window.LastIndexOf('\n');
        if (line >= half)
        {
            return line + 1;
        }

        var sentence = -1;
        foreach (var end in SentenceEnds)
        {
            sentence = Math.Max(sentence, window.LastIndexOf(end));
        }

        if (sentence >= half)
        {
            return sentence + 1;
        }

        var space = window.LastIndexOf(' ');
        if (space >= max / 3)
        {
            return space + 1;
        }

        return char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
    }
}
