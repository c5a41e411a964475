using System.Diagnostics;
using System.Globalization;

namespace Bot.Testing;

/// <summary>
/// The real bot (<c>dotnet Bot.Host.dll …</c>) as a child process on a free loopback port, for browsers, restarts,
/// published output and log checks; its stdout and stderr lines are kept; killed on dispose.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan DefaultLiveTimeout = TimeSpan.FromMinutes(2);
    private readonly Process _process;
    private readonly List<string> _output = [];

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary><c>http://127.0.0.1:port/</c>, built from the port chosen here.</summary>
    public Uri BaseAddress { get; }

    /// <summary><c>http://127.0.0.1:port</c> (no trailing slash).</summary>
    public string Url => BaseAddress.GetLeftPart(UriPartial.Authority);

    /// <summary>Every line printed so far on stdout and stderr.</summary>
    public IReadOnlyList<string> Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToList();
            }
        }
    }

    /// <summary>
    /// Starts the host and waits until it answers <c>/health/live</c>.
    /// </summary>
    /// <param name="arguments">Command-line arguments after <c>--urls</c> (e.g. <c>--Content:Path</c>, <c>--content</c>).</param>
    /// <param name="environment">Environment variables (e.g. <c>Redis__ConnectionString</c>).</param>
    /// <param name="dll">The host to run; default the Bot.Host.dll built next to the tests.</param>
    /// <param name="liveTimeout">How long to wait for /health/live; default 2 minutes.</param>
    /// <param name="launcher">A command that runs <c>dotnet Bot.Host.dll …</c> (its arguments follow), e.g. to start it in its own mount namespace.</param>
    public static async Task<HostProcess> StartAsync(
        IEnumerable<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null, string? dll = null, TimeSpan? liveTimeout = null,
        IReadOnlyList<string>? launcher = null)
    {
        // The port is chosen here, never parsed from the log: the host's JSON logs redact digits, URLs included.
        var baseAddress = new Uri($"http://127.0.0.1:{FreePort.Find().ToString(CultureInfo.InvariantCulture)}");
        var info = Dotnet(dll, environment);
        if (launcher is { Count: > 0 })
        {
            var command = new List<string>(launcher.Skip(1)) { info.FileName };
            command.AddRange(info.ArgumentList);
            info.FileName = launcher[0];
            info.ArgumentList.Clear();
            command.ForEach(info.ArgumentList.Add);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.GetLeftPart(UriPartial.Authority));
        foreach (var argument in arguments ?? [])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.ArgumentList[0]);
        var host = new HostProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Record(e.Data);
        process.ErrorDataReceived += (_, e) => host.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitUntilLiveAsync(liveTimeout ?? DefaultLiveTimeout);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Runs a CLI verb of the host (e.g. <c>officers invite …</c>) to its end; returns its exit code and everything it printed.</summary>
    public static async Task<(int Exit, string Output)> RunCliAsync(IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var info = Dotnet(dll: null, environment);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start " + info.ArgumentList[0]);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>Stops the process gracefully (SIGTERM, so buffered logs are written) and waits for it.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the host shuts down, flushing the console logger's queue.
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
            await kill!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.WaitForExit(); // drains the redirected streams
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

    private static ProcessStartInfo Dotnet(string? dll, IReadOnlyDictionary<string, string>? environment)
    {
        dll ??= Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        return info;
    }

    private async Task WaitUntilLiveAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                _process.WaitForExit(); // drains the redirected streams, so the message shows the last lines
                throw new InvalidOperationException($"Bot.Host exited with {_process.ExitCode} before it answered /health/live:\n{OutputText()}");
            }

            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Bot.Host on {Url} did not answer /health/live within {timeout.TotalSeconds:0} s:\n{OutputText()}");
    }

    private string OutputText() => string.Join("\n", Output);

    private void Record(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.Add(line);
            }
        }
    }
}
