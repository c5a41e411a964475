using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Operations.Logging;

/// <summary>
/// One short line per entry for a person at a terminal (<c>12:04:31 warn  Bot.Host.Content: reload refused …</c>),
/// with the same redaction as <see cref="RedactingJsonFormatter"/>: reading logs by eye never shows more than a machine sees.
/// </summary>
public sealed class RedactingSimpleFormatter(LogRedactor redactor, TimeProvider time) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "redacted-simple";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = redactor.Message(logEntry);

        textWriter.Write(time.GetLocalNow().ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        textWriter.Write(' ');
        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(' ');
        textWriter.Write(logEntry.Category);
        textWriter.Write(": ");
        textWriter.Write(message.ReplaceLineEndings(Environment.NewLine + "      "));
        textWriter.Write(Environment.NewLine);
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write("      ");
            textWriter.Write(redactor.Text(exception.ToString()).ReplaceLineEndings(Environment.NewLine + "      "));
            textWriter.Write(Environment.NewLine);
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "FAIL",
        LogLevel.Critical => "CRIT",
        _ => "    ",
    };
}
