using Bot.Fraud.Privacy;
using Bot.Operations.Logging;
using Bot.Operations.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Operations.Tests.Logging;

/// <summary>What an operator reads: ids and folder names stay readable, secrets and personal data do not.</summary>
public class ReadableLogTests
{
    private const string FolderHash = "3f2a9c0b7d1e4f5a6b8c9d0e1f2a3b4c5d6e7f80"; // 40 hex, like a commit or a kept version
    private const string Consumer = "bot-host-4121-9f3c2a1b0d4e5f60718293a4b5c6d7e8";
    private const string Base64Key = "q3Zk9XvB1mN7pL2sT8wY4rE6uI0oA5dFgHjKzXcVbNm="; // openssl rand -base64 32
    private const string HexKey = "9b1d2f3e4a5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a"; // openssl rand -hex 32

    private readonly LogRedactor _redactor = new(new PrivacyGuardTextMasker());

    [Fact]
    public void HexFolderNamesAndConsumerNamesStayReadable()
    {
        var line = _redactor.Render("Kept {Folder}; delivery started on channels {Channels} as {Consumer}",
            [new("Folder", "/var/lib/bot/content-versions/" + FolderHash), new("Channels", "telegram, zalo"), new("Consumer", Consumer)]);

        Assert.Equal($"Kept /var/lib/bot/content-versions/{FolderHash}; delivery started on channels telegram, zalo as {Consumer}", line);
    }

    [Fact]
    public void OrdinaryLongWordsStayReadable()
    {
        var text = "content_reload_refused_because_the_folder_is_invalid and System.InvalidOperationException";
        Assert.Equal(text, _redactor.Text(text));
    }

    [Theory]
    [InlineData(Base64Key)]
    [InlineData(HexKey)]
    [InlineData("AbC9dEf8GhI7jKl6MnO5pQr4StU3vWx2Yz1")]
    public void RandomKeysInFreeTextAreStillMasked(string key)
    {
        var line = _redactor.Text("login failed for key " + key + " from 10.0.0.1");

        Assert.DoesNotContain(key[..20], line, StringComparison.Ordinal);
        Assert.Contains("[token]", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadableFormatWritesOneShortRedactedLine()
    {
        var formatter = new RedactingSimpleFormatter(_redactor, new ManualTime(new DateTimeOffset(2026, 12, 4, 9, 5, 7, TimeSpan.Zero)));
        var state = new List<KeyValuePair<string, object?>>
        {
            new("Version", "3b852c318593"),
            new("Phone", "0912345678"),
            new("Reason", "resident 0912345678 sent token " + string.Join(":", "123456", "FAKE-readableLogTestToken_0123456789")),
            new("{OriginalFormat}", "Reload of {Version} refused for {Phone}: {Reason}"),
        };
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(
            LogLevel.Warning, "Bot.Host.Content.ContentReloader", new EventId(3), state, null, (_, _) => "unused");
        using var writer = new StringWriter();

        formatter.Write(in entry, null, writer);

        var line = writer.ToString().TrimEnd();
        Assert.Matches(@"^\d\d:\d\d:\d\d WARN Bot\.Host\.Content\.ContentReloader: Reload of 3b852c318593 refused for \[redacted\]: resident .+ sent token \[token\]$", line);
        Assert.DoesNotContain("0912345678", line, StringComparison.Ordinal);
        Assert.DoesNotContain("{", line, StringComparison.Ordinal);
    }
}
