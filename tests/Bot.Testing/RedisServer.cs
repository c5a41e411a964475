using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using StackExchange.Redis;

namespace Bot.Testing;

/// <summary>A real <c>redis-server</c> process on a free loopback port, owned by one test or fixture.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    private readonly string[] _arguments;
    private Process? _process;

    private RedisServer(int port, string directory, string[] arguments)
    {
        Port = port;
        Directory = directory;
        _arguments = arguments;
    }

    public int Port { get; }

    /// <summary>Working directory (log, AOF, cluster config); deleted on dispose.</summary>
    public string Directory { get; }

    /// <summary><c>127.0.0.1:port</c>: the plain endpoint, also a minimal StackExchange.Redis connection string.</summary>
    public string Endpoint => $"127.0.0.1:{Port}";

    /// <summary>
    /// A StackExchange.Redis connection string that keeps retrying instead of failing at the first connect,
    /// so clients survive <see cref="Kill"/> and <see cref="RestartAsync"/>; append options with a comma.
    /// </summary>
    public string ConnectionString => Endpoint + ",abortConnect=false";

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
            "--port", port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--dir", directory,
            "--logfile", "redis.log", "--save", "", "--daemonize", "no",
        };
        arguments.AddRange(durable ? ["--appendonly", "yes", "--appendfsync", "always"] : ["--appendonly", "no"]);
        if (cluster)
        {
            arguments.AddRange(["--cluster-enabled", "yes", "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000"]);
        }

        var server = new RedisServer(port, directory, [.. arguments]);
        try
        {
            await server.RestartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>A new client connection the caller owns (and disposes).</summary>
    public async Task<ConnectionMultiplexer> ConnectAsync() => await ConnectionMultiplexer.ConnectAsync(ConnectionString);

    /// <summary>Kills the process without warning (SIGKILL), like a crashed host: "Redis is down".</summary>
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
        Kill();
        var info = new ProcessStartInfo("redis-server") { UseShellExecute = false, WorkingDirectory = Directory };
        foreach (var argument in _arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start.");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                "redis-server is not installed: install it (apt-get install redis-server redis-tools) or run scripts/test.sh, which does.", ex);
        }

        var deadline = DateTime.UtcNow + StartTimeout;
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

        throw new TimeoutException($"redis-server on port {Port} did not answer PING within {StartTimeout.TotalSeconds:0} s: {ReadLog()}");
    }

    /// <summary>Sends one inline command and returns the first reply line (a bulk string's content), or null when nobody answers.</summary>
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
                return await reader.ReadLineAsync();
            }

            return first;
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return null;
        }
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

    private string ReadLog()
    {
        var log = Path.Combine(Directory, "redis.log");
        return File.Exists(log) ? string.Join(" | ", File.ReadLines(log).TakeLast(5)) : "(no log)";
    }
}
