using System.Text;

namespace Bot.State.Redis;

/// <summary>
/// Writes the visited-states history as one short string: <c>"menu eid/intro /ask_chip /ask_sim"</c>,
/// where <c>/node</c> means "in the same flow as the entry before". A full 10-step history costs
/// about 60 bytes instead of 120 as a JSON array, which keeps an idle conversation under 400 bytes.
/// </summary>
internal static class HistoryCodec
{
    /// <summary>The compact string, or null when an entry cannot be written this way (then the array form is used).</summary>
    public static string? TryEncode(IReadOnlyList<string> history)
    {
        var text = new StringBuilder();
        string? previousFlow = null;
        foreach (var entry in history)
        {
            if (entry.Length == 0 || entry.Contains(' ') || entry[0] == '/')
            {
                return null;
            }

            var slash = entry.IndexOf('/');
            var flow = slash > 0 ? entry[..slash] : null;
            text.Append(text.Length == 0 ? "" : " ");
            text.Append(flow is not null && flow == previousFlow ? entry[slash..] : entry);
            previousFlow = flow;
        }

        return text.ToString();
    }

    public static string[] Decode(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string? previousFlow = null;
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i][0] == '/' && previousFlow is not null)
            {
                parts[i] = previousFlow + parts[i];
            }

            var slash = parts[i].IndexOf('/');
            previousFlow = slash > 0 ? parts[i][..slash] : null;
        }

        return parts;
    }
}
