using System.Diagnostics;
using System.Text.Json;
using Bot.Fraud.Privacy;
using Bot.Operations.Analytics;
using Bot.Operations.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Operations.Tests.Logging;

public class RedactingJsonFormatterTests
{
    private readonly RedactingJsonFormatter _formatter = new(new LogRedactor(new PrivacyGuardTextMasker()));

    [Fact]
    public void TypedTextAndSecretsNeverReachTheLine()
    {
        var line = Write("Resident wrote {Text} with token {BotToken} on {Channel}",
            ("Text", "tôi tên Nguyễn Văn A"), ("BotToken", string.Join(":", "123456", "abcdefghijklmnopqrstuvwxyz")), ("Channel", "telegram"));

        Assert.DoesNotContain("Nguyễn", line);
        Assert.DoesNotContain("abcdefghij", line);
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal("Resident wrote [redacted] with token [redacted] on telegram", json.GetProperty("Message").GetString());
        Assert.Equal("telegram", json.GetProperty("State").GetProperty("Channel").GetString());
    }

    [Fact]
    public void NumbersThatIdentifyAResidentAreMaskedWhereverTheyAppear()
    {
        var line = Write("Lookup for {Subject} failed: {Reason}",
            ("Subject", "001203004567"), ("Reason", "phone 0912345678 and code 482913 rejected"));

        Assert.DoesNotContain("001203004567", line);
        Assert.DoesNotContain("0912345678", line);
        Assert.DoesNotContain("482913", line);
        Assert.Contains("************", line); // the privacy guard's mask: the shape stays, the digits go
    }

    [Fact]
    public void ABotTokenInFreeTextIsRemovedWhole()
    {
        var line = Write("Setup failed: {Reason}", ("Reason", "bad url https://api.example.test/bot" + string.Join(":", "123456789", "FAKE-test-token_not-a-real-bot_0000") + "/getMe"));

        Assert.DoesNotContain("FAKE-test-token", line);
        Assert.DoesNotContain("123456789", line);
        Assert.Contains("/bot[token]/getMe", line);
    }

    [Fact]
    public void ExceptionsAreMaskedToo()
    {
        var line = Write("Send failed", exception: new InvalidOperationException("chat 0912345678 rejected"));
        Assert.DoesNotContain("0912345678", line);
        Assert.Contains("InvalidOperationException", line);
    }

    [Fact]
    public void EachLineCarriesTheTraceItBelongsTo()
    {
        using var activity = new Activity("turn").SetIdFormat(ActivityIdFormat.W3C).Start();
        var json = JsonDocument.Parse(Write("Turn done")).RootElement;
        Assert.Equal(activity.TraceId.ToHexString(), json.GetProperty("TraceId").GetString());
        Assert.Equal(activity.SpanId.ToHexString(), json.GetProperty("SpanId").GetString());
    }

    private string Write(string template, params (string Key, object? Value)[] values) => Write(template, null, values);

    private string Write(string template, Exception? exception, params (string Key, object? Value)[] values)
    {
        var state = values.Select(v => new KeyValuePair<string, object?>(v.Key, v.Value))
            .Append(new KeyValuePair<string, object?>("{OriginalFormat}", template))
            .ToList();
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(
            LogLevel.Information, "Test", new EventId(1), state, exception, (s, _) => "unused");
        using var writer = new StringWriter();
        _formatter.Write(in entry, null, writer);
        return writer.ToString().Trim();
    }
}
