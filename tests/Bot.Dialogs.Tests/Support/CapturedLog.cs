using Microsoft.Extensions.Logging;

namespace Bot.Dialogs.Tests.Support;

/// <summary>A logger that keeps every entry (level, rendered message, exception, scope values) for assertions.</summary>
public sealed class CapturedLog<T> : ILogger<T>
{
    private readonly List<(LogLevel Level, string Message, Exception? Exception)> _entries = [];
    private readonly AsyncLocal<object?> _scope = new();

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Entries
    {
        get
        {
            lock (_entries)
            {
                return _entries.ToList();
            }
        }
    }

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var outer = _scope.Value;
        _scope.Value = state;
        return new Restore(() => _scope.Value = outer);
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_entries)
        {
            _entries.Add((logLevel, formatter(state, exception), exception));
        }
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
