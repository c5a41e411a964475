using System.Buffers;
using System.Text.Unicode;

namespace Bot.Dialogs.Content;

/// <summary>
/// Reads one content file for the loader and refuses, with its line, what no parser should see:
/// a file that vanished or cannot be read, one too large to be a dialog script, bytes that are not
/// UTF-8, or control characters (binary junk, a damaged save).
/// </summary>
/// <remarks>
/// Checking bytes before parsing keeps every kind of broken save an "edit refused" with
/// <c>file:line:col</c>, whatever the YAML library would have made of it.
/// </remarks>
internal static class ContentFileCheck
{
    /// <summary>The text of <paramref name="file"/> (byte-order mark removed), or null after reporting why not.</summary>
    public static string? Read(string root, string file, List<ContentDiagnostic> diagnostics)
    {
        var name = Path.GetRelativePath(root, file).Replace('\\', '/');
        byte[] bytes;
        try
        {
            var length = new FileInfo(file).Length;
            if (length > ContentLoader.MaxFileBytes)
            {
                Report(diagnostics, name, 1, 1,
                    $"the file is {length / 1024:N0} KB; a content file may be at most {ContentLoader.MaxFileBytes / 1024:N0} KB",
                    "check that the file was saved as text (not pasted binary or a whole document); split a long flow into several flows");
                return null;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Deleted, renamed or locked while the folder was read (an editor mid-save): the next save brings another try.
            Report(diagnostics, name, 1, 1, "the file could not be read: " + ex.Message, "save the file again; check it still exists and is readable");
            return null;
        }

        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            var (line, column) = Position(bytes, read);
            Report(diagnostics, name, line, column, "the file is not UTF-8 text (invalid bytes here)",
                "save the file as UTF-8; if it was damaged, restore it from the last published version");
            return null;
        }

        var text = new string(chars, 0, written);
        if (text.StartsWith('\uFEFF'))
        {
            text = text[1..];
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c < ' ' && c is not ('\t' or '\n' or '\r')) || c is '\u007F' or '\uFFFE' or '\uFFFF')
            {
                var (line, column) = Position(text, i);
                Report(diagnostics, name, line, column, $"the file contains a control character (U+{(int)c:X4}): it is not a text file or it was damaged",
                    "remove the character, or restore the file from the last published version");
                return null;
            }
        }

        return text;
    }

    private static (int Line, int Column) Position(ReadOnlySpan<byte> bytes, int index)
    {
        var before = bytes[..index];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, index - lastNewline);
    }

    private static (int Line, int Column) Position(string text, int index)
    {
        var before = text.AsSpan(0, index);
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, index - lastNewline);
    }

    private static void Report(List<ContentDiagnostic> diagnostics, string file, int line, int column, string message, string fix) =>
        diagnostics.Add(new ContentDiagnostic(new SourceLocation(file, line, column), DiagnosticSeverity.Error, message, fix));
}
