using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Privacy;
using Bot.Operations.Analytics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Operations.Logging;

/// <summary>
/// Decides what of a log entry may be written: values under names that hold secrets or what a resident
/// typed are replaced whole, and every other string goes through the personal-data masker (the privacy
/// guard) after tokens and e-mail addresses are removed.
/// </summary>
public sealed partial class LogRedactor(ITextMasker masker)
{
    /// <summary>What a removed value is replaced with.</summary>
    public const string Redacted = "[redacted]";

    // Property names whose values are never logged: secrets, and anything a resident typed.
    private static readonly string[] SensitiveParts =
        ["token", "secret", "password", "apikey", "api_key", "signature", "phone", "otp", "cccd", "idnumber", "citizenid", "cookie", "authorization"];

    private static readonly HashSet<string> SensitiveNames = new(StringComparer.OrdinalIgnoreCase)
        { "text", "body", "payload", "input", "messagetext", "query", "querystring", "key", "code" };

    [GeneratedRegex(@"\{\{|\}\}|\{([^{}:,]+)(?:,[^{}:]*)?(?::([^{}]*))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    /// <summary>True when a property of this name may hold a secret or typed text.</summary>
    public static bool IsSensitiveName(string name)
    {
        if (SensitiveNames.Contains(name))
        {
            return true;
        }

        foreach (var part in SensitiveParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value as it may be written.</summary>
    public string Value(string name, object? value)
    {
        if (value is null)
        {
            return "";
        }

        if (IsSensitiveName(name))
        {
            return Redacted;
        }

        var text = value switch
        {
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return Mask(text);
    }

    /// <summary>Masks free text (a message rendered elsewhere, an exception).</summary>
    public string Text(string text) => Mask(text);

    /// <summary>
    /// The message of a log entry as it may be written: its template rendered with redacted values, or, for
    /// an entry without one, its formatted text masked; <see cref="Redacted"/> when rendering throws.
    /// </summary>
    /// <remarks>Every console formatter takes the message from here, so reading logs by eye never shows more than a machine sees.</remarks>
    public string Message<TState>(in LogEntry<TState> logEntry)
    {
        var values = logEntry.State as IReadOnlyList<KeyValuePair<string, object?>>;
        var template = values?.FirstOrDefault(v => v.Key == "{OriginalFormat}").Value as string;
        try
        {
            return template is not null
                ? Render(template, values!)
                : Text(logEntry.Formatter(logEntry.State, logEntry.Exception) ?? "");
        }
        catch (Exception)
        {
            return Redacted;
        }
    }

    /// <summary>Renders a message template with redacted values, e.g. "Turn failed on {Channel}".</summary>
    public string Render(string template, IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var builder = new StringBuilder(template.Length + 32);
        var last = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            builder.Append(template, last, match.Index - last);
            last = match.Index + match.Length;
            if (match.Value == "{{")
            {
                builder.Append('{');
                continue;
            }

            if (match.Value == "}}")
            {
                builder.Append('}');
                continue;
            }

            var name = match.Groups[1].Value.TrimStart('@', '$');
            var value = values.FirstOrDefault(v => v.Key.TrimStart('@', '$') == name).Value;
            if (IsSensitiveName(name))
            {
                builder.Append(Redacted);
            }
            else if (match.Groups[2].Success && value is IFormattable formattable)
            {
                builder.Append(Mask(formattable.ToString(match.Groups[2].Value, CultureInfo.InvariantCulture)));
            }
            else
            {
                builder.Append(Value(name, value));
            }
        }

        builder.Append(template, last, template.Length - last);
        return Mask(builder.ToString());
    }

    private string Mask(string text) => masker.Mask(SecretPatterns.Mask(text));
}
