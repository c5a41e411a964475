using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Bot.Http;

/// <summary>Parses a body read by <see cref="RequestBody"/> as JSON, refusing what cannot be decoded with a 400.</summary>
/// <remarks>
/// The bytes are checked to be UTF-8 as a whole before parsing, and every string (names included)
/// to decode after parsing: System.Text.Json accepts invalid UTF-8 and lone surrogate escapes
/// (<c>"\ud800"</c>) inside a string and throws only when the string is read, an exception that
/// used to become a 500. Nesting is limited, so a deeply nested body is refused instead of walked.
/// </remarks>
public static class JsonBody
{
    /// <summary>Deepest nesting accepted; our request bodies need three or four levels.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>The document (dispose it), or a 400 problem saying why not; <paramref name="example"/> ends the detail.</summary>
    public static (JsonDocument? Document, IResult? Refusal) Parse(ReadOnlyMemory<byte> body, string? example)
    {
        if (!Utf8.IsValid(body.Span))
        {
            return (null, Problems.BadRequest("Invalid body", $"The body is not valid UTF-8 text. {example}".TrimEnd()));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException)
        {
            return (null, Problems.BadRequest("Invalid body", $"The body is not valid JSON (or nests deeper than {MaxDepth} levels). {example}".TrimEnd()));
        }

        if (!Decodes(document.RootElement))
        {
            document.Dispose();
            return (null, Problems.BadRequest("Invalid body", $"The body has a string that is not valid Unicode (e.g. a lone \\ud800). {example}".TrimEnd()));
        }

        return (document, null);
    }

    /// <summary>True when every string and property name under <paramref name="element"/> can be read as text.</summary>
    private static bool Decodes(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        if (!Decodes(item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (!Decodes(property.Value))
                        {
                            return false;
                        }
                    }

                    return true;
                default:
                    return true;
            }
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Reads the body within <paramref name="maxBytes"/> and parses it: the document, or the 413/400 to answer.</summary>
    public static async Task<(JsonDocument? Document, IResult? Refusal)> ReadAsync(
        HttpRequest request, int maxBytes, string? example, CancellationToken cancellationToken)
    {
        var read = await RequestBody.ReadAsync(request, maxBytes, example, cancellationToken).ConfigureAwait(false);
        return read.Bytes is { } bytes ? Parse(bytes, example) : (null, read.Refusal);
    }
}
