using System.Diagnostics;

namespace Bot.LoadTest;

/// <summary>Completed turns and errors, kept only inside the measured window.</summary>
internal sealed class TurnLog
{
    private readonly Lock _lock = new();
    private readonly List<double> _latenciesMs = new(1 << 16);
    private long _windowStart = long.MaxValue;
    private long _windowEnd = long.MaxValue;

    public int Timeouts { get; private set; }
    public int HttpErrors { get; private set; }
    public int WrongReplies { get; private set; }

    /// <summary>Turns completed in any phase (warm-up too): the denominator for the MONITOR sample.</summary>
    public long AllTurns => Interlocked.Read(ref _allTurns);

    private long _allTurns;

    public void OpenWindow(long start, long end)
    {
        lock (_lock)
        {
            _windowStart = start;
            _windowEnd = end;
        }
    }

    public void Turn(long sentTicks, long answeredTicks, long finishedTicks)
    {
        Interlocked.Increment(ref _allTurns);
        lock (_lock)
        {
            if (finishedTicks >= _windowStart && finishedTicks <= _windowEnd)
            {
                _latenciesMs.Add(Stopwatch.GetElapsedTime(sentTicks, answeredTicks).TotalMilliseconds);
            }
        }
    }

    public void Error(long atTicks, bool timeout, bool http)
    {
        lock (_lock)
        {
            if (atTicks < _windowStart || atTicks > _windowEnd)
            {
                return;
            }

            if (timeout)
            {
                Timeouts++;
            }
            else if (http)
            {
                HttpErrors++;
            }
            else
            {
                WrongReplies++;
            }
        }
    }

    public double[] Latencies()
    {
        lock (_lock)
        {
            return [.. _latenciesMs];
        }
    }
}
