using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Metrics;

namespace Bot.Channels.Zalo.Tests.Infrastructure;

/// <summary>Listens to the bot's webhook-rejection and outgoing-send counters, as an exporter would.</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, Dictionary<string, string?> Tags, long Value)> _measurements = new();

    public MetricsRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName
                && instrument.Name is BotMetricNames.WebhookRejections or BotMetricNames.OutgoingSends)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var copy = new Dictionary<string, string?>();
            foreach (var tag in tags)
            {
                copy[tag.Key] = tag.Value?.ToString();
            }

            _measurements.Enqueue((instrument.Name, copy, value));
        });
        _listener.Start();
    }

    /// <summary>The sum recorded on <paramref name="instrument"/> with all of <paramref name="tags"/>.</summary>
    public long Sum(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var v) && v == t.Value))
            .Sum(m => m.Value);

    public void Dispose() => _listener.Dispose();
}
