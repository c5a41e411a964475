using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Engine;

/// <summary>Whatever arrives, the resident gets a clear answer and the engine never throws.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string> Garbage => new()
    {
        "",
        "   \t\n  ",
        new string('a', 10_000),
        "😀😀😀",
        "\u0001\u0002\u0003\u007f",
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "\uD800",        // a lone surrogate
        "a\u0301\u0302", // stray combining marks
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void GarbageInsideAFlowIsAnsweredWithTheCurrentOptions(string text) =>
        Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Send(text)
            .ExpectAt("card/start")
            .ExpectOutcome(TurnOutcome.Fallback)
            .ExpectButtons("Có", "Chưa", "Bị mất");

    [Theory]
    [MemberData(nameof(Garbage))]
    public void GarbageAtTheMenuShowsTheMenu(string text) =>
        Fixtures.Talk().Send("hi").Send(text).ExpectAt("menu").ExpectButtons("Thẻ căn cước", "Tạm trú");

    [Theory]
    [InlineData("zzz")]
    [InlineData("c:does_not_exist")]
    [InlineData("f:no_flow")]
    [InlineData("f:card.no_node")]
    [InlineData("b:card:removed_step:yes")]
    [InlineData("b:card:start:no_such_button")]
    [InlineData("b:::")]
    public void AnUnknownOrStalePayloadSaysTheButtonIsOldAndShowsWhereTheResidentIs(string payload) =>
        Fixtures.Talk().Send("hi").Press("Tạm trú").Payload(payload)
            .ExpectAt("stay/intro")
            .ExpectOutcome(TurnOutcome.Stale)
            .ExpectText("Nút này đã cũ")
            .ExpectButtons("Cần giấy tờ gì?");

    [Fact]
    public void AKeycapEmojiNumberChoosesThatButton() =>
        Fixtures.Talk().Send("hi").Send("1️⃣").ExpectAt("card/start");

    [Fact]
    public void AButtonFromAnOlderMessageStillDoesWhatItSaid()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Thẻ căn cước");
        var oldYes = talk.Replies.SelectMany(r => r.Buttons).First(b => b.Label == "Bị mất").Payload;
        talk.Press("Có").Press("Có").ExpectAt("card/done");

        talk.Payload(oldYes).ExpectAt("card/ask_urgent").ExpectOutcome(TurnOutcome.Button);
        Assert.Equal("lost", talk.Record!.Answers["card"]);
        talk.Send("quay lại").ExpectAt("card/start"); // back to the question the old button answered
    }

    [Fact]
    public void RunningTheSameTurnTwiceGivesTheSameAnswerAndChangesNothingInTheInput()
    {
        var talk = Fixtures.Talk().Send("hi").Press("Thẻ căn cước").Press("Có");
        var record = talk.Record!;
        var historyBefore = record.History.ToArray();
        var now = DateTimeOffset.UnixEpoch;

        var first = Fixtures.Engine.Run(record, InboundMessage.FromText("2"), now);
        var second = Fixtures.Engine.Run(record, InboundMessage.FromText("2"), now);

        Assert.Equal(first.Record.Node, second.Record.Node);
        Assert.Equal(first.Replies.Select(r => r.Text), second.Replies.Select(r => r.Text));
        Assert.Equal(historyBefore, record.History);
        Assert.Equal("card", record.Flow);
        Assert.Equal("ask_urgent", record.Node);
    }

    [Fact]
    public void AResidentOnAStepThatWasRemovedGetsAnApologyAndTheFlowStart()
    {
        var stranded = new ConversationRecord
        {
            Flow = "card",
            Node = "step_removed_in_update",
            ContentVersion = "older",
            History = ["menu", "card/start", "card/gone"],
        };
        var result = Fixtures.Engine.Run(stranded, InboundMessage.FromText("1"), DateTimeOffset.UnixEpoch);

        Assert.Contains(result.Replies, r => r.Text.Contains("vừa được cập nhật"));
        Assert.Equal(("card", "ask_urgent"), (result.Record.Flow, result.Record.Node));
        Assert.Equal(Fixtures.Engine.Content.Version, result.Record.ContentVersion);
    }

    [Fact]
    public void AResidentOnAStepThatStillExistsContinuesAfterAContentUpdate()
    {
        var record = new ConversationRecord { Flow = "stay", Node = "intro", ContentVersion = "older" };
        var result = Fixtures.Engine.Run(record, InboundMessage.FromText("1"), DateTimeOffset.UnixEpoch);

        Assert.Equal("papers", result.Record.Node);
        Assert.DoesNotContain(result.Replies, r => r.Text.Contains("vừa được cập nhật"));
    }

    [Fact]
    public void AFlowThatWasRemovedSendsTheResidentToTheMenuWithAnApology()
    {
        var record = new ConversationRecord { Flow = "deleted_flow", Node = "x", ContentVersion = "older" };
        var result = Fixtures.Engine.Run(record, InboundMessage.FromText("hmm"), DateTimeOffset.UnixEpoch);

        Assert.Null(result.Record.Flow);
        Assert.Contains(result.Replies, r => r.Text.Contains("vừa được cập nhật"));
        Assert.Contains(result.Replies, r => r.Buttons.Any(b => b.Label == "Thẻ căn cước"));
    }
}
