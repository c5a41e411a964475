using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Support;

/// <summary>A logger provider for a whole host: every line, with its category, as an operator would read it.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Text, Exception? Exception)> Lines { get; } = new();

    public bool Contains(LogLevel level, string text) =>
        Lines.Any(l => l.Level == level && l.Text.Contains(text, StringComparison.Ordinal));

    public override string ToString() => string.Join("\n", Lines.Select(l => $"{l.Level} {l.Category}: {l.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Lines.Enqueue((category, logLevel, formatter(state, exception), exception));
    }
}
