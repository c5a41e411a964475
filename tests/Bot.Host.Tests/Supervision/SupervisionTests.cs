using System.Net;
using Bot.Host.Supervision;
using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;
using Bot.Metrics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Supervision;

/// <summary>No background service can stop the host: a crash is logged, counted, and the service restarts with growing waits.</summary>
public sealed class SupervisionTests
{
    [Fact]
    public async Task ACrashingBackgroundServiceIsLoggedCountedAndRestartedWhileResidentsAreStillAnswered()
    {
        using var metrics = new MeasuredInstruments();
        var log = new LogCapture();
        var flaky = new FlakyService(crashes: 3);
        await using var host = new BotFactory().WithWebHostBuilder(web =>
        {
            web.UseSetting("Supervision:FirstRestartDelay", "00:00:00.200");
            web.ConfigureLogging(l => l.AddProvider(log));
            web.ConfigureTestServices(s => s.AddHostedService(_ => flaky)); // added after the app's own: supervised all the same
        });
        var http = host.CreateClient();

        await flaky.Running.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(4, flaky.Runs); // three crashes, then a run that lasts
        Assert.Equal(3, metrics.Total(BotMetricNames.BackgroundServiceCrashes, ("service", nameof(FlakyService))));
        Assert.Equal(3, log.Lines.Count(l => l.Level == LogLevel.Error && l.Text.StartsWith("Background service FlakyService crashed", StringComparison.Ordinal)));
        var waits = flaky.StartedAt.Zip(flaky.StartedAt.Skip(1), (a, b) => b - a).ToList();
        for (var i = 0; i < waits.Count; i++)
        {
            // The wait doubles with each crash in a row: 0.2 s, 0.4 s, 0.8 s (at least; a busy machine adds to it).
            Assert.True(waits[i] >= TimeSpan.FromMilliseconds(190 << i), $"wait {i} was {waits[i]}; all: {string.Join(", ", waits)}");
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var answer = await new WebChatClient(http, "while-a-service-crashed").SendTextAsync("dang ky tam tru o dau");
        Assert.Equal("stay", answer.GetProperty("flow").GetString());
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task EveryBackgroundServiceOfTheHostIsSupervisedAndNoneCanStopIt()
    {
        await using var host = new BotFactory();
        host.CreateClient();

        var hosted = host.Services.GetServices<IHostedService>().ToList();

        Assert.DoesNotContain(hosted, s => s is BackgroundService);
        var supervised = hosted.OfType<SupervisedBackgroundService>().Select(s => s.Name).ToList();
        Assert.Contains("ContentWatcher", supervised);
        Assert.Contains("AnalyticsFlushService", supervised);
        Assert.Contains("DailyDigestService", supervised);
        Assert.Equal(BackgroundServiceExceptionBehavior.Ignore, host.Services.GetRequiredService<IOptions<HostOptions>>().Value.BackgroundServiceExceptionBehavior);
    }

    /// <summary>Throws on its first <c>crashes</c> runs, then runs until the host stops.</summary>
    private sealed class FlakyService(int crashes) : BackgroundService
    {
        private int _runs;

        public int Runs => Volatile.Read(ref _runs);

        public List<DateTimeOffset> StartedAt { get; } = [];

        public TaskCompletionSource Running { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            lock (StartedAt)
            {
                StartedAt.Add(DateTimeOffset.UtcNow);
            }

            if (Interlocked.Increment(ref _runs) <= crashes)
            {
                await Task.Yield();
                throw new InvalidOperationException("simulated crash " + _runs);
            }

            Running.TrySetResult();
            await Task.Delay(Timeout.Infinite, stoppingToken);
        }
    }
}
