using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Logging;

namespace Bot.Broadcasts.Tests;

/// <summary>The turn processor's log, keeping what was logged as an error or worse (a failed turn is logged so, with its turn id).</summary>
public sealed class TurnErrorLog : ILogger<TurnProcessor>
{
    private readonly List<string> _errors = [];

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToList();
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel >= LogLevel.Error)
        {
            lock (_errors)
            {
                _errors.Add(formatter(state, exception) + (exception is null ? "" : " " + exception.GetType().Name));
            }
        }
    }
}
