using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Bot.Host.Tests.Support;

/// <summary>The real bot as a separate process on a free loopback port (for browsers and restarts).</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private BotProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>Everything the process printed so far (to check logs).</summary>
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

    /// <summary>Starts Bot.Host.dll (copied next to the tests) and waits until it answers /health/live.</summary>
    public static async Task<BotProcess> StartAsync(params string[] arguments)
    {
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll"));
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseAddress.ToString());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start Bot.Host");
        var bot = new BotProcess(process, baseAddress);
        process.OutputDataReceived += (_, e) => bot.Record(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("Bot.Host exited early:\n" + string.Join("\n", bot.Output));
            }

            try
            {
                if ((await http.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        await bot.DisposeAsync();
        throw new TimeoutException("Bot.Host did not become live within 60 s:\n" + string.Join("\n", bot.Output));
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
