using System.Diagnostics;

namespace Bot.State.Redis.Tests.Infrastructure;

/// <summary>A 3-master Redis Cluster on loopback (no replicas), created with <c>redis-cli --cluster create</c>.</summary>
public sealed class RedisClusterFixture : IAsyncLifetime, IRedisTarget
{
    private readonly List<RedisServer> _nodes = [];

    public IReadOnlyList<RedisServer> Nodes => _nodes;

    public string ConnectionString => string.Join(",", _nodes.Select(n => n.Endpoint));

    public async Task InitializeAsync()
    {
        for (var i = 0; i < 3; i++)
        {
            _nodes.Add(await RedisServer.StartAsync(cluster: true));
        }

        var info = new ProcessStartInfo("redis-cli") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["--cluster", "create", .. _nodes.Select(n => n.Endpoint), "--cluster-replicas", "0", "--cluster-yes"])
        {
            info.ArgumentList.Add(argument);
        }

        using (var create = Process.Start(info) ?? throw new InvalidOperationException("redis-cli did not start; install redis-tools."))
        {
            var output = create.StandardOutput.ReadToEndAsync();
            var error = create.StandardError.ReadToEndAsync();
            await create.WaitForExitAsync();
            if (create.ExitCode != 0)
            {
                throw new InvalidOperationException($"redis-cli --cluster create failed ({create.ExitCode}): {await output} {await error}");
            }
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var states = await Task.WhenAll(_nodes.Select(n => ClusterStateAsync(n)));
            if (states.All(s => s == "ok"))
            {
                return;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The 3-node Redis Cluster did not reach cluster_state:ok within 30 s.");
    }

    private static async Task<string?> ClusterStateAsync(RedisServer node)
    {
        // CLUSTER INFO is a bulk string; its first line is "cluster_state:ok" once all slots are served.
        var first = await node.CommandAsync("CLUSTER INFO");
        return first?.StartsWith("cluster_state:", StringComparison.Ordinal) == true ? first["cluster_state:".Length..].Trim() : null;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }
    }
}
