using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Benchmarks.Redis;

/// <summary>Runs <c>redis-benchmark -t get,set</c> against the same server and reads its ops/s.</summary>
internal static partial class RedisBenchmarkTool
{
    [GeneratedRegex(@"^(GET|SET): ([0-9.]+) requests per second", RegexOptions.Multiline)]
    private static partial Regex ResultLine();

    public static async Task<(double Get, double Set)> RunAsync(string endpoint, int requests)
    {
        var (host, port) = (endpoint[..endpoint.LastIndexOf(':')], endpoint[(endpoint.LastIndexOf(':') + 1)..]);
        var info = new ProcessStartInfo("redis-benchmark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in (string[])["-h", host, "-p", port, "-t", "get,set", "-n", requests.ToString(CultureInfo.InvariantCulture), "-q"])
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("redis-benchmark did not start; install redis-tools.");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        // -q prints progress with carriage returns; the final value follows the last one.
        var lines = output.Split('\n').Select(l => l[(l.LastIndexOf('\r') + 1)..]);
        var results = ResultLine().Matches(string.Join('\n', lines))
            .ToDictionary(m => m.Groups[1].Value, m => double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return results.TryGetValue("GET", out var get) && results.TryGetValue("SET", out var set)
            ? (get, set)
            : throw new InvalidOperationException("Could not read redis-benchmark's output: " + output);
    }
}
