using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Receiving;

/// <summary>
/// Fetches a resident's photo through the Bot API (getFile, then the file URL, both by the Telegram.Bot
/// client), into memory only and at most <see cref="InboundAttachment.MaxImageBytes"/>. The file URL
/// holds the token, so nothing here logs it.
/// </summary>
public sealed class TelegramImageDownloader(ITelegramBotClient client, ILogger<TelegramImageDownloader> logger)
{
    /// <summary>Longest a photo may take to arrive.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>The download of <paramref name="fileId"/>, for <see cref="InboundAttachment.Download"/>.</summary>
    public Func<CancellationToken, Task<byte[]?>> For(string fileId) => ct => DownloadAsync(fileId, ct);

    private async Task<byte[]?> DownloadAsync(string fileId, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var file = await client.GetFile(fileId, timeout.Token).ConfigureAwait(false);
        if (file.FileSize > InboundAttachment.MaxImageBytes || string.IsNullOrEmpty(file.FilePath))
        {
            logger.LogInformation("Telegram photo not fetched: {Size} bytes, limit {Limit}", file.FileSize, InboundAttachment.MaxImageBytes);
            return null;
        }

        using var buffer = new CappedBuffer(InboundAttachment.MaxImageBytes);
        await client.DownloadFile(file.FilePath, buffer, timeout.Token).ConfigureAwait(false);
        return buffer.ToArray();
    }

    /// <summary>A memory stream that refuses to grow past its limit, whatever the server says the size is.</summary>
    private sealed class CappedBuffer(int limit) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count)
        {
            Check(count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Check(count);
            return base.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check(buffer.Length);
            return base.WriteAsync(buffer, cancellationToken);
        }

        private void Check(int count)
        {
            if (Length + count > limit)
            {
                throw new IOException($"The file is larger than {limit} bytes.");
            }
        }
    }
}
