using Microsoft.Extensions.Options;

namespace Bot.Admin.Tests;

/// <summary>Options whose value the test changes, as an edited configuration file would.</summary>
internal sealed class StaticMonitor<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = value;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
