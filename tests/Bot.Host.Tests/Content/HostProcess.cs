using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Bot.Host.Tests.Content;

/// <summary>The real bot started as its own process (<c>dotnet Bot.Host.dll …</c>) on a free loopback port.</summary>
internal sealed partial class HostProcess : IAsyncDisposable
{
    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process) => _process = process;

    public string Url { get; private set; } = "";

    /// <summary>Everything the process printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join("\n", _output);
            }
        }
    }

    public static async Task<HostProcess> StartAsync(IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        // A port chosen here, not parsed from the log: the host's logs redact digits, URLs included.
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var url = $"http://127.0.0.1:{port}";
        foreach (var arg in args.Concat(["--urls", url]))
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        var host = new HostProcess(Process.Start(info)!);
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(string? line)
        {
            if (line is null)
            {
                listening.TrySetException(new InvalidOperationException("the bot exited before it listened:\n" + host.Output));
                return;
            }

            lock (host._output)
            {
                host._output.Add(line);
            }

            if (Listening().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups[1].Value);
            }
        }

        host._process.OutputDataReceived += (_, e) => Read(e.Data);
        host._process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Read(e.Data);
            }
        };
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (listening.Task.IsFaulted)
            {
                await listening.Task; // the process exited: surface its output
            }

            try
            {
                if ((await http.GetAsync(url + "/health/live")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the bot did not answer /health/live within 2 minutes:\n" + host.Output);
            }

            await Task.Delay(200);
        }

        host.Url = url;
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
