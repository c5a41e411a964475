using System.Diagnostics;
using StackExchange.Redis;

namespace Bot.Operations.Tests.Support;

/// <summary>A real redis-server on a free loopback port, without persistence; killed on dispose.</summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly Process _process;

    private RedisServer(Process process, int port, ConnectionMultiplexer connection)
    {
        _process = process;
        Port = port;
        Connection = connection;
    }

    public int Port { get; }

    public ConnectionMultiplexer Connection { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServer> StartAsync()
    {
        const string binary = "/usr/bin/redis-server";
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException("redis-server is missing: run scripts/test.sh, which installs it.");
        }

        var port = FreePort.Next();
        var info = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            try
            {
                var connection = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{port},abortConnect=true,connectTimeout=1000");
                return new RedisServer(process, port, connection);
            }
            catch (RedisConnectionException) when (DateTime.UtcNow < deadline && !process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Every key and every string, hash field and value stored, for privacy scans.</summary>
    public async Task<List<string>> DumpAsync()
    {
        var server = Connection.GetServer(Connection.GetEndPoints()[0]);
        var db = Connection.GetDatabase();
        var dump = new List<string>();
        await foreach (var key in server.KeysAsync(pattern: "*"))
        {
            dump.Add(key!);
            switch (await db.KeyTypeAsync(key))
            {
                case RedisType.Hash:
                    foreach (var entry in await db.HashGetAllAsync(key))
                    {
                        dump.Add(entry.Name!);
                        dump.Add(entry.Value!);
                    }

                    break;
                case RedisType.String:
                    dump.Add((await db.StringGetAsync(key))!);
                    break;
            }
        }

        return dump;
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
