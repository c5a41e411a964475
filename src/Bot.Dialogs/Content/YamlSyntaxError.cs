using YamlDotNet.Core;

namespace Bot.Dialogs.Content;

/// <summary>
/// Turns a YAML parser failure into the line and column an editor must change and a sentence in plain
/// words. The parser often notices a mistake far from where it was made (an unclosed '[' is found at the
/// end of the file; a tab is reported at the start of the enclosing mapping), so the text is searched for
/// the usual causes first.
/// </summary>
internal static class YamlSyntaxError
{
    /// <summary>Where the mistake is, what it is, and what to do.</summary>
    public static (int Line, int Column, string Message, string Fix) Describe(string text, YamlException exception)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var reason = Innermost(exception);
        var failedLine = (int)Math.Max(1, reason.Start.Line);

        if (FirstTabIndent(lines) is { } tab)
        {
            return (tab.Line, tab.Column, "this line is indented with a tab; YAML only accepts spaces",
                "replace the tab at the start of the line with spaces (2 per level), like the lines around it");
        }

        var said = reason.Message;
        if (said.Contains("flow sequence", StringComparison.OrdinalIgnoreCase) || said.Contains("']'", StringComparison.Ordinal))
        {
            var open = UnclosedBracket(lines, failedLine, '[', ']');
            return (open.Line, open.Column, "a list opened with '[' is never closed", "add ']' at the end of the list on this line");
        }

        if (said.Contains("flow mapping", StringComparison.OrdinalIgnoreCase) || said.Contains("'}'", StringComparison.Ordinal))
        {
            var open = UnclosedBracket(lines, failedLine, '{', '}');
            return (open.Line, open.Column, "a '{' is never closed", "add '}' at the end of it on this line");
        }

        if (said.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
        {
            var start = (int)Math.Max(1, exception.Start.Line);
            return (start, (int)Math.Max(1, exception.Start.Column), "a text opened with a quote (\") is never closed",
                "add the closing quote at the end of the text");
        }

        if (said.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || said.Contains("invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return (failedLine, (int)Math.Max(1, reason.Start.Column), "a text on this line contains ': ', which YAML reads as a new key",
                "put the whole text in double quotes: key: \"…\"");
        }

        if (said.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || said.Contains("indentation", StringComparison.OrdinalIgnoreCase))
        {
            return (failedLine, (int)Math.Max(1, reason.Start.Column), "this line is indented differently from the lines above it",
                "line it up with the other keys of the same level (spaces only, 2 per level)");
        }

        return (failedLine, (int)Math.Max(1, reason.Start.Column), "the file cannot be read here (YAML says: " + reason.Message.TrimEnd('.') + ")",
            "check the indentation and quotes on this line");
    }

    private static YamlException Innermost(YamlException exception)
    {
        var current = exception;
        while (current.InnerException is YamlException inner)
        {
            current = inner;
        }

        return current;
    }

    private static (int Line, int Column)? FirstTabIndent(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            for (var c = 0; c < line.Length && (line[c] == ' ' || line[c] == '\t'); c++)
            {
                if (line[c] == '\t' && line.AsSpan(c).Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
                {
                    return (i + 1, c + 1);
                }
            }
        }

        return null;
    }

    // The last line at or before the failure with more openers than closers (outside quotes and comments).
    private static (int Line, int Column) UnclosedBracket(string[] lines, int failedLine, char open, char close)
    {
        for (var i = Math.Min(failedLine, lines.Length) - 1; i >= 0; i--)
        {
            var depth = 0;
            var firstOpen = -1;
            var quote = '\0';
            var line = lines[i];
            for (var c = 0; c < line.Length; c++)
            {
                var ch = line[c];
                if (quote != '\0')
                {
                    quote = ch == quote ? '\0' : quote;
                }
                else if (ch is '"' or '\'')
                {
                    quote = ch;
                }
                else if (ch == '#' && (c == 0 || line[c - 1] == ' '))
                {
                    break;
                }
                else if (ch == open)
                {
                    firstOpen = depth == 0 ? c : firstOpen;
                    depth++;
                }
                else if (ch == close && depth > 0)
                {
                    depth--;
                }
            }

            if (depth > 0)
            {
                return (i + 1, firstOpen + 1);
            }
        }

        return (failedLine, 1);
    }
}
