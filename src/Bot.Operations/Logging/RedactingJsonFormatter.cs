using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Operations.Logging;

/// <summary>
/// One JSON object per line (like the built-in <c>json</c> console formatter) with the trace and span
/// ids, where every value passes through <see cref="LogRedactor"/> first, so no code path, ours or a
/// library's, can print a token, an ID number, a phone number, a code or a resident's message.
/// </summary>
public sealed class RedactingJsonFormatter(LogRedactor redactor) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "redacted-json";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Vietnamese stays readable; JSON stays valid.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var values = logEntry.State as IReadOnlyList<KeyValuePair<string, object?>>;
        var message = redactor.Message(logEntry);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("Timestamp", DateTimeOffset.UtcNow.ToString("O"));
            json.WriteNumber("EventId", logEntry.EventId.Id);
            json.WriteString("LogLevel", logEntry.LogLevel.ToString());
            json.WriteString("Category", logEntry.Category);
            json.WriteString("Message", message);
            if (Activity.Current is { } activity)
            {
                json.WriteString("TraceId", activity.TraceId.ToHexString());
                json.WriteString("SpanId", activity.SpanId.ToHexString());
            }

            if (logEntry.Exception is { } exception)
            {
                json.WriteString("Exception", redactor.Text(exception.ToString()));
            }

            if (values is not null)
            {
                json.WriteStartObject("State");
                foreach (var (key, value) in values)
                {
                    if (key != "{OriginalFormat}")
                    {
                        json.WriteString(key, redactor.Value(key, value));
                    }
                }

                json.WriteEndObject();
            }

            if (scopeProvider is not null)
            {
                json.WriteStartArray("Scopes");
                scopeProvider.ForEachScope((scope, writer) => WriteScope(scope, writer), json);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        textWriter.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        textWriter.Write(Environment.NewLine);
    }

    private void WriteScope(object? scope, Utf8JsonWriter json)
    {
        if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            json.WriteStartObject();
            foreach (var (key, value) in pairs)
            {
                if (key is "TraceId" or "SpanId" or "ParentId" && value?.ToString() is { } id && id.All(char.IsAsciiHexDigit))
                {
                    json.WriteString(key, id); // random W3C ids, no personal data, needed to join log lines
                }
                else if (key != "{OriginalFormat}")
                {
                    json.WriteString(key, redactor.Value(key, value));
                }
            }

            json.WriteEndObject();
        }
        else if (scope is not null)
        {
            json.WriteStringValue(redactor.Text(scope.ToString() ?? ""));
        }
    }
}
