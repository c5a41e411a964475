using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Bot.Http;

/// <summary>Reads a request body within a limit, whatever the transfer encoding.</summary>
/// <remarks>
/// <para>
/// A <c>Content-Length</c> over the limit is refused before anything is read. The limit is also given
/// to the server for this request (<see cref="IHttpMaxRequestBodySizeFeature"/>), so Kestrel stops a
/// chunked body as soon as it passes the limit, and does not drain the rest afterwards: the
/// connection is closed instead of 10 MB being read to refuse them. Independently of the server,
/// at most limit + 1 bytes are ever buffered.
/// </para>
/// <para>Every endpoint that takes a body reads it here (one reader, one answer for "too large").</para>
/// </remarks>
public static class RequestBody
{
    private const int Chunk = 16 * 1024;

    /// <summary>
    /// The body's bytes, or a 413 problem when it is larger than <paramref name="maxBytes"/>.
    /// <paramref name="example"/> (e.g. "Send JSON such as …") is appended to the problem's detail.
    /// </summary>
    public static async Task<BodyRead> ReadAsync(HttpRequest request, int maxBytes, string? example, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes, example);
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        // A declared length is the body's exact size (the server ends the body there), so the buffer is the body
        // and is returned as it is; otherwise it grows in chunks and the bytes read are copied out once at the end.
        var declared = request.ContentLength is { } size ? (int)size : -1;
        var buffer = new byte[declared >= 0 ? declared : Math.Min(maxBytes + 1, Chunk)];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == declared)
                {
                    break;
                }

                if (length == buffer.Length)
                {
                    if (length > maxBytes)
                    {
                        return TooLarge(maxBytes, example);
                    }

                    Array.Resize(ref buffer, Math.Min(maxBytes + 1, buffer.Length * 2));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxBytes, example);
        }
        catch (BadHttpRequestException)
        {
            // A malformed chunked encoding, a client that stopped sending mid-body…
            return new BodyRead(null, Problems.BadRequest("Unreadable body", "The request body could not be read completely. " + example));
        }

        return length > maxBytes ? TooLarge(maxBytes, example)
            : new BodyRead(length == buffer.Length ? buffer : buffer.AsSpan(0, length).ToArray(), null);
    }

    private static BodyRead TooLarge(int maxBytes, string? example) =>
        new(null, Problems.Of(StatusCodes.Status413PayloadTooLarge, "Body too large", $"The body is larger than {maxBytes} bytes. {example}".TrimEnd()));
}
