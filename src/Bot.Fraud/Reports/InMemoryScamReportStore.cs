using System.Collections.Concurrent;

namespace Bot.Fraud.Reports;

/// <summary>Drafts and reports in this process (lost on restart; a Redis store replaces it in production).</summary>
/// <remarks>Bounded: drafts expire after <see cref="DraftTtl"/>, and only the newest <see cref="MaxReports"/> reports are kept.</remarks>
public sealed class InMemoryScamReportStore(TimeProvider? time = null) : IScamReportStore
{
    private readonly ConcurrentDictionary<string, ScamReport> _drafts = new(StringComparer.Ordinal);
    private readonly List<ScamReport> _reports = [];
    private readonly Lock _gate = new();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>How long a verdict can still be reported.</summary>
    public TimeSpan DraftTtl { get; init; } = TimeSpan.FromDays(1);

    public int MaxDrafts { get; init; } = 50_000;

    public int MaxReports { get; init; } = 100_000;

    /// <summary>Every draft and report held (for tests that prove nothing secret is stored).</summary>
    public IReadOnlyList<ScamReport> All()
    {
        lock (_gate)
        {
            return [.. _drafts.Values, .. _reports];
        }
    }

    public ValueTask SaveDraftAsync(ScamReport draft, CancellationToken cancellationToken = default)
    {
        if (_drafts.Count >= MaxDrafts)
        {
            Sweep();
        }

        _drafts[draft.Id] = draft;
        return ValueTask.CompletedTask;
    }

    public ValueTask<ScamReport?> SubmitAsync(string id, DateTimeOffset reportedAt, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_reports.FirstOrDefault(r => r.Id == id) is { } existing)
            {
                return ValueTask.FromResult<ScamReport?>(existing);
            }

            if (!_drafts.TryRemove(id, out var draft) || reportedAt - draft.CheckedAt > DraftTtl)
            {
                return ValueTask.FromResult<ScamReport?>(null);
            }

            var report = draft with { ReportedAt = reportedAt };
            _reports.Add(report);
            if (_reports.Count > MaxReports)
            {
                _reports.RemoveRange(0, _reports.Count - MaxReports);
            }

            return ValueTask.FromResult<ScamReport?>(report);
        }
    }

    public ValueTask<IReadOnlyList<ScamReport>> ListAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ScamReport> found = _reports.Where(r => r.ReportedAt >= since).Take(Math.Max(0, limit)).ToList();
            return ValueTask.FromResult(found);
        }
    }

    private void Sweep()
    {
        var now = _time.GetUtcNow();
        foreach (var (id, draft) in _drafts)
        {
            if (now - draft.CheckedAt > DraftTtl)
            {
                _drafts.TryRemove(id, out _);
            }
        }

        // Still full (a flood within one day): drop the oldest half rather than grow without bound.
        if (_drafts.Count >= MaxDrafts)
        {
            foreach (var old in _drafts.Values.OrderBy(d => d.CheckedAt).Take(_drafts.Count / 2).ToList())
            {
                _drafts.TryRemove(old.Id, out _);
            }
        }
    }
}
