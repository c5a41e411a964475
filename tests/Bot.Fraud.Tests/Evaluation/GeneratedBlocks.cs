namespace Bot.Fraud.Tests.Evaluation;

/// <summary>
/// The parts of a Markdown document between <c>&lt;!-- generated:NAME --&gt;</c> and
/// <c>&lt;!-- /generated:NAME --&gt;</c>: read to compare with fresh results, or rewritten in place.
/// Everything outside the markers is left to people.
/// </summary>
internal sealed class GeneratedBlocks(string path)
{
    /// <summary>The block's text, or null when the document or the markers are missing.</summary>
    public string? Read(string name)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var (start, end) = Find(text, name);
        return start < 0 || end < 0 ? null : text[start..end];
    }

    /// <summary>Replaces the block's text; the markers must already be in the document.</summary>
    public void Write(string name, string content)
    {
        var text = File.ReadAllText(path);
        var (start, end) = Find(text, name);
        if (start < 0 || end < 0)
        {
            throw new InvalidOperationException($"{path} has no '<!-- generated:{name} -->' … '<!-- /generated:{name} -->' markers; add them where the results belong");
        }

        File.WriteAllText(path, text[..start] + content + text[end..]);
    }

    private static (int Start, int End) Find(string text, string name)
    {
        var open = $"<!-- generated:{name} -->\n";
        var close = $"<!-- /generated:{name} -->";
        var start = text.IndexOf(open, StringComparison.Ordinal);
        if (start < 0)
        {
            return (-1, -1);
        }

        start += open.Length;
        return (start, text.IndexOf(close, start, StringComparison.Ordinal));
    }
}
