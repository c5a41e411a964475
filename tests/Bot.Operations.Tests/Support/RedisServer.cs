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
    public async Task<List<string>> DumpAsync() => (await EntriesAsync()).Select(e => e.Value).ToList();

    /// <summary>
    /// Everything stored, found by SCAN and read as its type requires: each key name, and each string,
    /// hash field and value, list item, set member, sorted-set member and stream entry field and value,
    /// with where it was found.
    /// </summary>
    public async Task<List<(string Where, string Value)>> EntriesAsync()
    {
        var server = Connection.GetServer(Connection.GetEndPoints()[0]);
        var db = Connection.GetDatabase();
        var entries = new List<(string Where, string Value)>();
        await foreach (var key in server.KeysAsync(pattern: "*", pageSize: 500))
        {
            var name = key.ToString();
            entries.Add(("key name", name));
            var type = await db.KeyTypeAsync(key);
            var where = $"{type.ToString().ToLowerInvariant()} {name}";
            switch (type)
            {
                case RedisType.String:
                    entries.Add((where, (string?)await db.StringGetAsync(key) ?? ""));
                    break;
                case RedisType.Hash:
                    foreach (var entry in await db.HashGetAllAsync(key))
                    {
                        entries.Add((where + " field", entry.Name!));
                        entries.Add((where + " [" + entry.Name + "]", entry.Value!));
                    }

                    break;
                case RedisType.List:
                    entries.AddRange((await db.ListRangeAsync(key)).Select(v => (where + " item", v.ToString())));
                    break;
                case RedisType.Set:
                    entries.AddRange((await db.SetMembersAsync(key)).Select(v => (where + " member", v.ToString())));
                    break;
                case RedisType.SortedSet:
                    entries.AddRange((await db.SortedSetRangeByRankAsync(key)).Select(v => (where + " member", v.ToString())));
                    break;
                case RedisType.Stream:
                    foreach (var message in await db.StreamRangeAsync(key))
                    {
                        foreach (var field in message.Values)
                        {
                            entries.Add((where + " entry " + message.Id + " field", field.Name.ToString()));
                            entries.Add((where + " entry " + message.Id + " [" + field.Name + "]", field.Value.ToString()));
                        }
                    }

                    break;
            }
        }

        return entries;
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
