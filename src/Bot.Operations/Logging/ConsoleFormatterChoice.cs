using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Logging;

/// <summary>
/// Picks the console formatter: what the operator chose in <c>Logging:Console:FormatterName</c>
/// (<c>simple</c> or <c>json</c>), else readable lines in Development and JSON everywhere else
/// (journald and Loki read one object per line). Whatever is chosen, the line is redacted: a built-in
/// formatter name is mapped to our redacting twin, and an unknown name falls back to JSON.
/// </summary>
internal sealed class ConsoleFormatterChoice(IHostEnvironment environment) : IPostConfigureOptions<ConsoleLoggerOptions>
{
    public void PostConfigure(string? name, ConsoleLoggerOptions options)
    {
        options.FormatterName = options.FormatterName?.Trim().ToLowerInvariant() switch
        {
            "simple" or RedactingSimpleFormatter.FormatterName => RedactingSimpleFormatter.FormatterName,
            null or "" => environment.IsDevelopment() ? RedactingSimpleFormatter.FormatterName : RedactingJsonFormatter.FormatterName,
            _ => RedactingJsonFormatter.FormatterName,
        };
    }
}
