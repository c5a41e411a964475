using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Bot.LoadTest;

/// <summary>Minimal RESP client for the two things the tool asks Redis: INFO and a short MONITOR sample.</summary>
internal sealed class RedisProbe(string endpoint)
{
    private readonly string _host = endpoint[..endpoint.LastIndexOf(':')];
    private readonly int _port = int.Parse(endpoint[(endpoint.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    /// <summary>Calls per command (INFO itself left out) and the server's CPU seconds.</summary>
    public async Task<(Dictionary<string, long> Calls, double CpuSeconds)> SnapshotAsync()
    {
        using var client = new TcpClient();
        await client.ConnectAsync(_host, _port).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync("*2\r\n$4\r\nINFO\r\n$3\r\nall\r\n"u8.ToArray()).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = await reader.ReadLineAsync().ConfigureAwait(false) ?? "";
        var length = int.Parse(header.AsSpan(1), CultureInfo.InvariantCulture);
        var buffer = new char[length];
        var read = 0;
        while (read < length)
        {
            var n = await reader.ReadAsync(buffer.AsMemory(read)).ConfigureAwait(false);
            if (n == 0)
            {
                break;
            }

            read += n;
        }

        var calls = new Dictionary<string, long>(StringComparer.Ordinal);
        double cpu = 0;
        foreach (var line in new string(buffer, 0, read).Split("\r\n"))
        {
            if (line.StartsWith("cmdstat_", StringComparison.Ordinal))
            {
                var name = line[8..line.IndexOf(':')];
                var v = line[(line.IndexOf("calls=", StringComparison.Ordinal) + 6)..];
                v = v[..v.IndexOf(',')];
                if (name != "info" && name != "monitor")
                {
                    calls[name] = long.Parse(v, CultureInfo.InvariantCulture);
                }
            }
            else if (line.StartsWith("used_cpu_sys:", StringComparison.Ordinal) || line.StartsWith("used_cpu_user:", StringComparison.Ordinal))
            {
                cpu += double.Parse(line[(line.IndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            }
        }

        return (calls, cpu);
    }

    /// <summary>
    /// Watches MONITOR for a while and counts, per command name, how often clients sent it and how
    /// often it ran inside a Lua script (<c>[0 lua]</c>): commandstats counts both, only the first are round trips.
    /// </summary>
    public async Task<Dictionary<string, (long FromClients, long InsideScripts)>> SampleAsync(TimeSpan duration)
    {
        var counts = new Dictionary<string, (long FromClients, long InsideScripts)>(StringComparer.Ordinal);
        using var client = new TcpClient();
        await client.ConnectAsync(_host, _port).ConfigureAwait(false);
        var stream = client.GetStream();
        await stream.WriteAsync("MONITOR\r\n"u8.ToArray()).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var stop = new CancellationTokenSource(duration);
        try
        {
            while (await reader.ReadLineAsync(stop.Token).ConfigureAwait(false) is { } line)
            {
                var open = line.IndexOf('[', StringComparison.Ordinal);
                var close = open < 0 ? -1 : line.IndexOf(']', open + 1);
                var nameStart = close < 0 ? -1 : line.IndexOf('"', close);
                var nameEnd = nameStart < 0 ? -1 : line.IndexOf('"', nameStart + 1);
                if (line.Length < 2 || line[0] != '+' || nameEnd < 0)
                {
                    continue;
                }

                var name = line[(nameStart + 1)..nameEnd].ToLowerInvariant();
                var inScript = line.AsSpan(open + 1, close - open - 1).EndsWith(" lua", StringComparison.Ordinal);
                var (c, l) = counts.GetValueOrDefault(name);
                counts[name] = inScript ? (c, l + 1) : (c + 1, l);
            }
        }
        catch (OperationCanceledException)
        {
            // the sample time is over
        }

        return counts;
    }
}
