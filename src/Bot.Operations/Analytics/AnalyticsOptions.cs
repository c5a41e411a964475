using System.ComponentModel.DataAnnotations;

namespace Bot.Operations.Analytics;

/// <summary>Section <c>Analytics</c>: retention and the bounds that keep analytics small.</summary>
public sealed class AnalyticsOptions
{
    /// <summary>Days kept (Redis TTL on each day's hashes; in memory, older days are dropped).</summary>
    [Range(1, 400, ErrorMessage = "Set Analytics:RetentionDays between 1 and 400.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>Distinct unrecognised phrases kept per day; more are counted under "(khác)".</summary>
    [Range(10, 5000, ErrorMessage = "Set Analytics:MaxFallbackPhrasesPerDay between 10 and 5000.")]
    public int MaxFallbackPhrasesPerDay { get; set; } = 300;

    /// <summary>Characters kept of each unrecognised phrase.</summary>
    [Range(10, 200, ErrorMessage = "Set Analytics:MaxPhraseLength between 10 and 200.")]
    public int MaxPhraseLength { get; set; } = 80;

    /// <summary>A conversation silent this long counts as a new one when it speaks again.</summary>
    [Range(1, 1440, ErrorMessage = "Set Analytics:IdleMinutes between 1 and 1440.")]
    public int IdleMinutes { get; set; } = 30;

    /// <summary>Offset of the officers' calendar day from UTC (Vietnam: +7).</summary>
    [Range(-12, 14, ErrorMessage = "Set Analytics:UtcOffsetHours between -12 and 14.")]
    public int UtcOffsetHours { get; set; } = 7;

    /// <summary>How often buffered counts are written to the store.</summary>
    [Range(1, 300, ErrorMessage = "Set Analytics:FlushSeconds between 1 and 300.")]
    public int FlushSeconds { get; set; } = 5;

    /// <summary>Distinct buffered counters kept between flushes; beyond it new ones are dropped (memory stays bounded if the store is down).</summary>
    [Range(100, 1_000_000, ErrorMessage = "Set Analytics:MaxBufferedCounters between 100 and 1000000.")]
    public int MaxBufferedCounters { get; set; } = 20_000;

    /// <summary>The officers' calendar day at <paramref name="now"/>.</summary>
    public DateOnly DayOf(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime.AddHours(UtcOffsetHours));
}
