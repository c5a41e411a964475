using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Dialogs.Content;
using Bot.Metrics;

namespace Bot.Content.Hosting.Tests;

/// <summary>A reload reports the version of exactly the content it runs, and every attempt is counted.</summary>
public sealed class ReloadConsistencyTests
{
    [Fact]
    public async Task WhileAnEditorKeepsSavingEveryPublishedVersionNamesTheContentResidentsGet()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox, keep: 1000);
        var original = File.ReadAllText(sandbox.EidPath);
        using var stop = new CancellationTokenSource();
        var saves = Task.Run(() =>
        {
            // An editor (or a sync tool) saving again and again, each save a valid, different text.
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                File.WriteAllText(sandbox.EidPath, original.Replace("Bạn cần gì?", $"Bạn cần gì? (bản {i})", StringComparison.Ordinal));
            }
        });

        var swaps = 0;
        try
        {
            for (var attempt = 0; attempt < 60; attempt++)
            {
                var result = await bot.Reloader.ReloadAsync("save " + attempt);
                if (!result.Swapped)
                {
                    continue;
                }

                swaps++;
                var running = bot.Runtime.Current.Content;
                var kept = Path.Combine(sandbox.Versions, running.Version);
                Assert.Equal(running.Version, ContentLoader.HashFolder(kept));
                var intro = running.Flows["eid"].FindNode("intro")!.Text.Vi;
                Assert.Contains(intro.Split('\n')[0], File.ReadAllText(Path.Combine(kept, "flows", "eid.yaml")), StringComparison.Ordinal);
            }
        }
        finally
        {
            await stop.CancelAsync();
            await saves;
        }

        Assert.True(swaps > 0, "no save was ever published; the test needs at least one to check");
    }

    [Fact]
    public async Task EveryReloadAttemptIsCountedByResult()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var seen = new ConcurrentQueue<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName && instrument.Name == BotMetricNames.ContentReloads)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "result")
                {
                    seen.Enqueue($"{tag.Value}:{value}");
                }
            }
        });
        listener.Start();

        sandbox.ReplaceInEid("goto: ask_sim\n", "goto: ask_simm\n");
        Assert.True((await bot.Reloader.ReloadAsync("broken")).Refused);
        Assert.Contains("failed:1", seen);

        sandbox.EditEid(t => t.Replace("goto: ask_simm\n", "goto: ask_sim\n", StringComparison.Ordinal).Replace("Bạn cần gì?", "Bạn cần hỏi gì?", StringComparison.Ordinal));
        Assert.True((await bot.Reloader.ReloadAsync("fixed")).Swapped);
        Assert.Contains("ok:1", seen);
    }
}
