using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Content.Hosting.Tests.Support;

/// <summary>A logger that keeps every formatted line, so a test can read what an operator would see.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public string Text => string.Join("\n", Lines.Select(l => $"{l.Level}: {l.Text}"));

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue((logLevel, formatter(state, exception)));
}
