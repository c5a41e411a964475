using System.Text;
using Bot.Dialogs.Turns;
using Bot.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Bot.Channels.WebChat;

/// <summary>
/// Reads a photo sent from the page: <c>multipart/form-data</c> with an <c>image</c> part (JPEG, PNG or
/// WebP, at most 5 MB) and optional <c>text</c> and <c>messageId</c> parts.
/// </summary>
/// <remarks>
/// The whole body is read into memory within its limit by the one body reader, then split here: the
/// image never touches the disk (ASP.NET's form reader would buffer a large file to a temp file). The
/// format is told by the first bytes, never by the name or the declared type.
/// </remarks>
public static class WebChatImageForm
{
    /// <summary>Largest image accepted (5 MB).</summary>
    public const int MaxImageBytes = InboundAttachment.MaxImageBytes;

    /// <summary>Largest body: the image, the two short text parts and the multipart framing.</summary>
    public const int MaxBodyBytes = MaxImageBytes + 64 * 1024;

    private const string Example = "Send multipart/form-data with an \"image\" part (JPEG, PNG or WebP, at most 5 MB) and optional \"text\" and \"messageId\" parts.";

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>True when the request is a form upload (and so should be read here).</summary>
    public static bool IsForm(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase);

    /// <summary>The image and the text parts, or the problem to answer.</summary>
    public static async Task<(ImageUpload? Upload, IResult? Refusal)> ReadAsync(HttpRequest request, int maxTextLength, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 and <= 200 } boundary)
        {
            return (null, Problem(400, "Invalid form", "The multipart/form-data content type has no boundary. " + Example));
        }

        var (body, refusal) = await RequestBody.ReadAsync(request, MaxBodyBytes, Example, cancellationToken);
        if (body is null)
        {
            return (null, refusal);
        }

        byte[]? image = null;
        string? text = null, messageId = null;
        var reader = new MultipartReader(boundary, new MemoryStream(body, writable: false)) { HeadersCountLimit = 8, BodyLengthLimit = MaxBodyBytes };
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    return (null, Problem(400, "Invalid form", "Every part needs a Content-Disposition: form-data header. " + Example));
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                using var part = new MemoryStream();
                await section.Body.CopyToAsync(part, cancellationToken);
                switch (name)
                {
                    case "image" when image is null:
                        image = part.ToArray();
                        break;
                    case "text" when text is null:
                        text = Encoding.UTF8.GetString(part.GetBuffer(), 0, (int)part.Length);
                        break;
                    case "messageId" when messageId is null:
                        messageId = Encoding.UTF8.GetString(part.GetBuffer(), 0, (int)part.Length);
                        break;
                    default:
                        return (null, Problem(400, "Invalid form", $"Unexpected part \"{name}\" (each of image, text and messageId at most once). " + Example));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            // Cut short, no boundary at all ("Unexpected end of Stream" is an IOException), no closing
            // boundary, too many headers: the body is bad, never the server.
            return (null, Problem(400, "Invalid form", "The multipart body could not be read. " + Example));
        }

        if (image is null || image.Length == 0)
        {
            return (null, Problem(400, "No image", "The form has no \"image\" part, or it is empty. " + Example));
        }

        if (image.Length > MaxImageBytes)
        {
            return (null, TooLarge());
        }

        if (!IsSupportedImage(image))
        {
            return (null, Problem(415, "Unsupported image", "The image must be a JPEG, PNG or WebP picture (a phone screenshot or photo)."));
        }

        if (text is { Length: var length } && length > maxTextLength)
        {
            return (null, Problem(400, "Message too long", $"\"text\" has {length} characters; send at most {maxTextLength}."));
        }

        if (messageId is { Length: > 64 })
        {
            return (null, Problem(400, "Invalid message id", "\"messageId\" must be at most 64 characters."));
        }

        return (new ImageUpload(image, string.IsNullOrWhiteSpace(text) ? null : text, string.IsNullOrEmpty(messageId) ? null : messageId), null);
    }

    /// <summary>JPEG, PNG or WebP by their first bytes.</summary>
    public static bool IsSupportedImage(ReadOnlySpan<byte> bytes) =>
        (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        || bytes.StartsWith(PngSignature)
        || (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8));

    private static IResult TooLarge() =>
        Problem(413, "Image too large", $"The image is larger than {MaxImageBytes / (1024 * 1024)} MB. Send a screenshot instead of a camera photo.");

    private static IResult Problem(int status, string title, string detail) =>
        Results.Problem(statusCode: status, title: title, detail: detail);
}
