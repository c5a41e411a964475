using System.Text;

namespace Bot.Content.Hosting;

/// <summary>
/// A line diff in the unified format editors know from git (<c>--- a/… +++ b/… @@ -1,3 +1,4 @@</c>),
/// so a change to a dialog script reads the same here as in any review tool.
/// </summary>
/// <remarks>
/// Content files are small and edits are local: the common head and tail are cut off first and only
/// the middle is compared (longest common subsequence). A middle too large to compare cheaply is shown
/// as all-removed then all-added, which is still a correct diff, just a less tidy one.
/// </remarks>
public static class UnifiedDiff
{
    /// <summary>Lines of unchanged text shown around each change.</summary>
    public const int Context = 3;

    /// <summary>Above this many line pairs in the changed middle, the comparison is skipped (memory stays small).</summary>
    private const long MaxCompare = 4_000_000;

    /// <summary>The unified diff of <paramref name="before"/> → <paramref name="after"/> for <paramref name="path"/>; empty when equal.</summary>
    /// <param name="path">The file's path relative to the content folder, '/' separators.</param>
    /// <param name="before">The old text, or null when the file was added.</param>
    /// <param name="after">The new text, or null when the file was removed.</param>
    public static string Of(string path, string? before, string? after)
    {
        if (before == after)
        {
            return "";
        }

        var a = Lines(before);
        var b = Lines(after);
        var edits = Compare(a, b);
        var text = new StringBuilder();
        text.Append("--- ").Append(before is null ? "/dev/null" : "a/" + path).Append('\n');
        text.Append("+++ ").Append(after is null ? "/dev/null" : "b/" + path).Append('\n');
        foreach (var (start, end) in Hunks(edits))
        {
            AppendHunk(text, edits, start, end);
        }

        return text.ToString();
    }

    private static string[] Lines(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    /// <summary>One line of the edit script: ' ' kept, '-' removed, '+' added, with its line numbers on each side.</summary>
    private readonly record struct Edit(char Kind, string Line, int OldLine, int NewLine);

    private static List<Edit> Compare(string[] a, string[] b)
    {
        var head = 0;
        while (head < a.Length && head < b.Length && a[head] == b[head])
        {
            head++;
        }

        var tail = 0;
        while (tail < a.Length - head && tail < b.Length - head && a[^(tail + 1)] == b[^(tail + 1)])
        {
            tail++;
        }

        var edits = new List<Edit>(a.Length + b.Length);
        for (var i = 0; i < head; i++)
        {
            edits.Add(new Edit(' ', a[i], i + 1, i + 1));
        }

        Middle(a, b, head, a.Length - tail, head, b.Length - tail, edits);
        for (var k = tail; k > 0; k--)
        {
            edits.Add(new Edit(' ', a[^k], a.Length - k + 1, b.Length - k + 1));
        }

        return edits;
    }

    private static void Middle(string[] a, string[] b, int a0, int a1, int b0, int b1, List<Edit> edits)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)n * m > MaxCompare || n == 0 || m == 0)
        {
            for (var i = a0; i < a1; i++)
            {
                edits.Add(new Edit('-', a[i], i + 1, b0 + 1));
            }

            for (var j = b0; j < b1; j++)
            {
                edits.Add(new Edit('+', b[j], a1 + 1, j + 1));
            }

            return;
        }

        // lcs[i, j] = length of the longest common subsequence of a[a0+i..a1) and b[b0+j..b1).
        var lcs = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i, j] = a[a0 + i] == b[b0 + j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && a[a0 + x] == b[b0 + y])
            {
                edits.Add(new Edit(' ', a[a0 + x], a0 + x + 1, b0 + y + 1));
                x++;
                y++;
            }
            else if (y < m && (x == n || lcs[x, y + 1] > lcs[x + 1, y]))
            {
                edits.Add(new Edit('+', b[b0 + y], a0 + x + 1, b0 + y + 1));
                y++;
            }
            else
            {
                edits.Add(new Edit('-', a[a0 + x], a0 + x + 1, b0 + y + 1));
                x++;
            }
        }
    }

    /// <summary>Ranges of the edit script to print: each change with its context, overlapping ones merged.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Edit> edits)
    {
        var start = -1;
        var end = -1;
        for (var i = 0; i < edits.Count; i++)
        {
            if (edits[i].Kind == ' ')
            {
                continue;
            }

            var from = Math.Max(0, i - Context);
            var to = Math.Min(edits.Count, i + Context + 1);
            if (start >= 0 && from <= end)
            {
                end = Math.Max(end, to);
            }
            else
            {
                if (start >= 0)
                {
                    yield return (start, end);
                }

                (start, end) = (from, to);
            }
        }

        if (start >= 0)
        {
            yield return (start, end);
        }
    }

    private static void AppendHunk(StringBuilder text, List<Edit> edits, int start, int end)
    {
        var oldCount = 0;
        var newCount = 0;
        for (var i = start; i < end; i++)
        {
            oldCount += edits[i].Kind != '+' ? 1 : 0;
            newCount += edits[i].Kind != '-' ? 1 : 0;
        }

        // As in diff(1): a side with no lines is numbered by the line before the hunk.
        var oldStart = oldCount == 0 ? edits[start].OldLine - 1 : edits[start].OldLine;
        var newStart = newCount == 0 ? edits[start].NewLine - 1 : edits[start].NewLine;
        text.Append($"@@ -{oldStart},{oldCount} +{newStart},{newCount} @@\n");
        for (var i = start; i < end; i++)
        {
            text.Append(edits[i].Kind).Append(edits[i].Line).Append('\n');
        }
    }
}
