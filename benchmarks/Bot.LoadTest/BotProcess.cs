using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.LoadTest;

/// <summary>The bot under test when the tool starts it: output kept (last lines) for diagnostics, stopped at the end.</summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    public int Pid => _process.Id;

    private BotProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static BotProcess Start(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> env, Func<string, string> expand)
    {
        var info = new ProcessStartInfo(expand(command[0]))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in command.Skip(1))
        {
            info.ArgumentList.Add(expand(arg));
        }

        foreach (var (key, value) in env)
        {
            info.Environment[key] = expand(value);
        }

        return new BotProcess(Process.Start(info) ?? throw new InvalidOperationException($"could not start {command[0]}"));
    }

    /// <summary>A free loopback port for the bot's webhook listener.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits (bounded) until the bot accepts connections on <paramref name="port"/>.</summary>
    public async Task WaitForPortAsync(int port, TimeSpan limit)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < limit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode}:\n{Tail()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(200).ConfigureAwait(false);
            }
        }

        throw new TimeoutException($"the bot did not listen on port {port} within {limit.TotalSeconds} s:\n{Tail()}");
    }

    public string Tail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // left to the script's own clean-up
            }
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }
}
