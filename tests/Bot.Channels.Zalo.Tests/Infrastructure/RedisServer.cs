using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>A real <c>redis-server</c> process on a free loopback port, owned by one test or fixture.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly string[] _arguments;
    private Process? _process;

    private RedisServer(int port, string directory, string[] arguments)
    {
        Port = port;
        Directory = directory;
        _arguments = arguments;
    }

    public int Port { get; }

    /// <summary>Working directory (logs, AOF, cluster config); deleted on dispose.</summary>
    public string Directory { get; }

    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>Starts a server and waits until it answers PING.</summary>
    /// <param name="durable">Append-only file fsynced on every write, so a killed server restarts with its data.</param>
    /// <param name="cluster">Cluster mode (the port + 10000 bus port is free too).</param>
    public static async Task<RedisServer> StartAsync(bool durable = false, bool cluster = false)
    {
        var port = FreePort.Find(withClusterBus: cluster);
        var directory = Path.Combine(Path.GetTempPath(), "bot-redis-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var arguments = new List<string>
        {
            "--port", port.ToString(), "--bind", "127.0.0.1", "--dir", directory, "--logfile", "redis.log",
            "--save", "", "--daemonize", "no",
        };
        arguments.AddRange(durable ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"]);
        if (cluster)
        {
            arguments.AddRange(["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"]);
        }

        var server = new RedisServer(port, directory, [.. arguments]);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Kills the process without warning (SIGKILL), like a crashed host.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    /// <summary>Starts (again) on the same port and directory and waits for PING.</summary>
    public async Task RestartAsync()
    {
        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, WorkingDirectory = Directory };
        foreach (var argument in _arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException("redis-server is not installed; run scripts/test.sh (it installs redis-server and redis-tools).", ex);
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}: {ReadLog()}");
            }

            if (await CommandAsync("PING") == "+PONG")
            {
                return;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"redis-server on port {Port} did not answer PING within 20 s: {ReadLog()}");
    }

    /// <summary>Sends one inline command and returns the first reply line, or null when nobody answers.</summary>
    public async Task<string?> CommandAsync(string command)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"));
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var first = await reader.ReadLineAsync();
            if (first is ['$', ..] && int.TryParse(first.AsSpan(1), out var length) && length >= 0)
            {
                return await reader.ReadLineAsync(); // a bulk string: its content
            }

            return first;
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return null;
        }
    }

    private string ReadLog()
    {
        var log = Path.Combine(Directory, "redis.log");
        return File.Exists(log) ? string.Join(" | ", File.ReadLines(log).TakeLast(5)) : "(no log)";
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }

        return ValueTask.CompletedTask;
    }
}
