using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>
/// Watches Redis's <c>MONITOR</c> stream: every command the server receives, one line each.
/// Commands a Lua script issues show as "[0 lua]" and are not separate round trips.
/// </summary>
public sealed class CommandMonitor : IAsyncDisposable
{
    private readonly TcpClient _client = new();
    private StreamReader? _reader;

    public static async Task<CommandMonitor> StartAsync(int port)
    {
        var monitor = new CommandMonitor();
        await monitor._client.ConnectAsync(IPAddress.Loopback, port);
        var stream = monitor._client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("MONITOR\r\n"));
        monitor._reader = new StreamReader(stream, Encoding.UTF8);
        if (await monitor._reader.ReadLineAsync() != "+OK")
        {
            throw new InvalidOperationException("MONITOR was refused.");
        }

        return monitor;
    }

    /// <summary>
    /// Reads until a line containing <paramref name="marker"/> (send <c>ECHO marker</c> after the
    /// work) and returns the lines before it that clients sent (not the script-internal ones).
    /// </summary>
    public async Task<IReadOnlyList<string>> ClientCommandsUntilAsync(string marker)
    {
        var lines = new List<string>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await _reader!.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                return lines;
            }

            if (!line.Contains(" lua] ", StringComparison.Ordinal))
            {
                lines.Add(line);
            }
        }

        throw new InvalidOperationException("MONITOR stream ended before the marker.");
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
