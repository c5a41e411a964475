using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Metrics;

namespace Bot.Testing;

/// <summary>Listens to the bot's meter (as the OpenTelemetry exporter does) and adds up what was recorded, by instrument and tags.</summary>
public sealed class MeasuredInstruments : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new(StringComparer.Ordinal);

    public MeasuredInstruments()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var labels = string.Join(",", tags.ToArray().OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
            _totals.AddOrUpdate($"{instrument.Name}|{labels}", value, (_, total) => total + value);
        });
        _listener.Start();
    }

    /// <summary>The total recorded into <paramref name="instrument"/> with exactly these tags, e.g. ("channel", "telegram"), ("reason", "secret").</summary>
    public long Total(string instrument, params (string Key, string Value)[] tags)
    {
        var labels = string.Join(",", tags.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => $"{t.Key}={t.Value}"));
        return _totals.TryGetValue($"{instrument}|{labels}", out var total) ? total : 0;
    }

    public void Dispose() => _listener.Dispose();
}
