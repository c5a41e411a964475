using Bot.Testing;

namespace Bot.Operations.Tests.Logging;

/// <summary>The real host's console: JSON for machines in production, readable lines for people.</summary>
public class ConsoleFormatChoiceTests
{
    [Fact]
    public async Task ProductionWritesOneJsonObjectPerLine()
    {
        var lines = await StartupLinesAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.All(lines, line => Assert.StartsWith("{\"Timestamp\":", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Development")]
    [InlineData("Logging__Console__FormatterName", "simple")]
    public async Task DevelopmentOrTheSimpleFormatterWritesReadableLines(string key, string value)
    {
        var lines = await StartupLinesAsync(new Dictionary<string, string> { [key] = value });

        Assert.DoesNotContain(lines, line => line.StartsWith('{'));
        Assert.Contains(lines, line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d\d:\d\d:\d\d (info|WARN) Bot\.\S+: "));
    }

    private static async Task<IReadOnlyList<string>> StartupLinesAsync(Dictionary<string, string> environment)
    {
        await using var host = await HostProcess.StartAsync(environment: environment);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!host.Output.Any(l => l.Contains("Bot.", StringComparison.Ordinal)) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var lines = host.Output.Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith(' ')).ToList();
        Assert.NotEmpty(lines);
        return lines;
    }
}
