using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.Images;

/// <summary>
/// Fetches a resident's photo from the address in a Zalo event: only from Zalo's own hosts
/// (<see cref="ZaloImageOptions.Hosts"/>), no redirects, at most <see cref="ZaloImageOptions.MaxBytes"/>, into
/// memory only. The address is never logged (it identifies the resident's photo).
/// </summary>
public sealed class ZaloImageDownloader(IHttpClientFactory clients, IOptions<ZaloImageOptions> options, ILogger<ZaloImageDownloader> logger)
{
    /// <summary>Named HttpClient: no redirects (a redirect could leave Zalo's hosts), no request logging.</summary>
    public const string HttpClientName = "zalo-images";

    /// <summary>True when <paramref name="url"/> may be fetched: HTTPS (or loopback) on an allowed host.</summary>
    public bool IsAllowed(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var loopback = uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));
        if (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && loopback))
        {
            return false;
        }

        var host = uri.IdnHost.TrimEnd('.');
        return options.Value.Hosts.Any(allowed => allowed.Trim().TrimStart('.') is { Length: > 0 } a
            && (host.Equals(a, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + a, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The download of <paramref name="url"/> for an image attachment; null (answered "unreadable") when the address is not allowed.</summary>
    public Func<CancellationToken, Task<byte[]?>> For(string? url) => ct => DownloadAsync(url, ct);

    private async Task<byte[]?> DownloadAsync(string? url, CancellationToken cancellationToken)
    {
        if (!IsAllowed(url))
        {
            logger.LogWarning("Zalo photo not fetched: its address is not on Zalo:Images:Hosts");
            return null;
        }

        var settings = options.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var http = clients.CreateClient(HttpClientName);
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            logger.LogWarning("Zalo photo not fetched: HTTP {Status}", (int)response.StatusCode);
            return null;
        }

        if (response.Content.Headers.ContentLength > settings.MaxBytes)
        {
            logger.LogInformation("Zalo photo not fetched: {Size} bytes, limit {Limit}", response.Content.Headers.ContentLength, settings.MaxBytes);
            return null;
        }

        await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
        var buffer = new byte[Math.Min(settings.MaxBytes + 1, (int?)response.Content.Headers.ContentLength + 1 ?? 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > settings.MaxBytes)
                {
                    logger.LogInformation("Zalo photo not fetched: larger than {Limit} bytes", settings.MaxBytes);
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(settings.MaxBytes + 1, buffer.Length * 2));
            }

            var read = await body.ReadAsync(buffer.AsMemory(length), timeout.Token).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return length > settings.MaxBytes ? null : buffer[..length];
    }
}
