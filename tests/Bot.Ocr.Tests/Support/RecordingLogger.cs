using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Ocr.Tests.Support;

/// <summary>Keeps every formatted log line, so tests can check what operators see (and that no message text leaks).</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Message)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception)));

    public string All => string.Join('\n', Lines.Select(l => l.Message));
}
