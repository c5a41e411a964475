using System.Text;
using Bot.Dialogs.State;

namespace Bot.State.Redis.Tests;

/// <summary>The stored JSON: compact, and unreadable input is reported rather than thrown.</summary>
public sealed class RecordCodecTests
{
    [Fact]
    public void AMenuRecordIsStoredInAFewDozenBytesWithOneLetterNames()
    {
        var record = ConversationRecord.New("0123456789ab") with { Turns = 2, UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000) };

        var json = Encoding.UTF8.GetString(RecordCodec.Encode(record));

        Assert.Equal("{\"c\":\"0123456789ab\",\"t\":2,\"u\":1764000000}", json);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"t\":\"many\"}")]
    [InlineData("{\"t\":-1}")]
    [InlineData("null")]
    public void BytesThisVersionCannotReadDecodeToNothing(string stored) =>
        Assert.Null(RecordCodec.TryDecode(Encoding.UTF8.GetBytes(stored)));

    [Fact]
    public void LettersFromANewerVersionAreIgnored()
    {
        var record = RecordCodec.TryDecode("{\"f\":\"eid\",\"n\":\"intro\",\"t\":1,\"z\":[1]}"u8);

        Assert.Equal(("eid", "intro", 1, "vi"), (record!.Flow, record.Node, record.Turns, record.Locale));
    }

    [Fact]
    public void HistoryIsWrittenCompactlyAndReadBackEntryForEntry()
    {
        string[] history = ["menu", "eid/intro", "eid/ask_chip", "menu", "scam/start", "scam/ask_money", "eid/intro"];
        var record = ConversationRecord.New("v") with { History = history };

        var json = Encoding.UTF8.GetString(RecordCodec.Encode(record));

        Assert.Contains("\"h\":\"menu eid/intro /ask_chip menu scam/start /ask_money eid/intro\"", json);
        Assert.Equal(history, RecordCodec.TryDecode(Encoding.UTF8.GetBytes(json))!.History);
    }

    [Fact]
    public void HistoryEntriesThatCannotBeWrittenCompactlyKeepTheirExactText()
    {
        string[] history = ["menu", "odd entry", "/rooted"];

        var decoded = RecordCodec.TryDecode(RecordCodec.Encode(ConversationRecord.New("v") with { History = history }));

        Assert.Equal(history, decoded!.History);
    }
}
