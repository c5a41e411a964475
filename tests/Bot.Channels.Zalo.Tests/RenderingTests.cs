using Bot.Channels.Zalo.OfficialAccount;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Channels.Zalo.Tests;

/// <summary>What residents see on Zalo: text cut where a reader would cut it, at most five buttons, the rest numbered.</summary>
public sealed class RenderingTests
{
    private static readonly ZaloOaMessageRenderer Oa = new(Options.Create(new ZaloOaOptions()));

    [Fact]
    public void LongTextIsCutAtParagraphsAndNothingIsLost()
    {
        var paragraphs = Enumerable.Range(1, 40).Select(i => $"Bước {i}: mang căn cước gắn chip đến công an xã, phường nơi gần nhất để được hướng dẫn.").ToList();
        var text = string.Join("\n\n", paragraphs);

        var pieces = ZaloTextSplitter.Split(text, 2000);

        Assert.True(pieces.Count >= 2);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 2000));
        Assert.Equal(paragraphs, pieces.SelectMany(p => p.Split("\n\n")));
    }

    [Fact]
    public void TextWithoutParagraphsIsCutAtSentencesThenWords()
    {
        var sentences = string.Concat(Enumerable.Repeat("Không đưa mã OTP cho bất kỳ ai. ", 100)).Trim();
        var words = string.Concat(Enumerable.Repeat("chữ ", 1000)).Trim();

        var bySentence = ZaloTextSplitter.Split(sentences, 2000);
        var byWord = ZaloTextSplitter.Split(words, 2000);

        Assert.All(bySentence.SkipLast(1), p => Assert.EndsWith(".", p, StringComparison.Ordinal));
        Assert.All(byWord, p => Assert.DoesNotContain("ch ", p + " ", StringComparison.Ordinal));
        Assert.Equal(words, string.Join(" ", byWord));
    }

    [Fact]
    public void EmojiAreNeverCutInHalf()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 1500)); // no spaces: hard cuts only

        var pieces = ZaloTextSplitter.Split(text, 2000);

        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(pieces));
    }

    [Fact]
    public void UpToFiveOptionsAreHiddenQueryButtonsCarryingTheEnginePayload()
    {
        var reply = new Reply("Bạn cần gì?", [new ReplyButton("Mức 2", "b:eid:intro:ask_chip"), new ReplyButton("Cổng dịch vụ công", "b:eid:intro:link", "https://dichvucong.gov.vn")]);

        var message = Assert.Single(Oa.Render([reply]));

        var buttons = message["attachment"]!["payload"]!["buttons"]!.AsArray();
        Assert.Equal("oa.query.hide", buttons[0]!["type"]!.GetValue<string>());
        Assert.Equal("b:eid:intro:ask_chip", buttons[0]!["payload"]!.GetValue<string>());
        Assert.Equal("oa.open.url", buttons[1]!["type"]!.GetValue<string>());
        Assert.Equal("https://dichvucong.gov.vn", buttons[1]!["payload"]!["url"]!.GetValue<string>());
    }

    [Fact]
    public void APhoneButtonIsAQueryButtonAndItsNumberStaysInTheText()
    {
        // oa.open.url is for web pages; the number in the text is what the resident taps in Zalo.
        var reply = new Reply("☎ Điện thoại: 0241 234 5678", [new ReplyButton("📞 Gọi 0241 234 5678", "a:thu-nghiem.mau-mot", "tel:+842412345678")]);

        var message = Assert.Single(Oa.Render([reply]));

        var button = Assert.Single(message["attachment"]!["payload"]!["buttons"]!.AsArray());
        Assert.Equal("oa.query.hide", button!["type"]!.GetValue<string>());
        Assert.Equal("a:thu-nghiem.mau-mot", button["payload"]!.GetValue<string>());
        Assert.Equal("1. 📞 Gọi 0241 234 5678", NumberedOptions.Format(reply.Buttons));
    }

    [Fact]
    public void OptionsBeyondFiveAreNumberedInTheTextWithTheNumbersTheEngineUnderstands()
    {
        var options = Enumerable.Range(1, 7).Select(i => new ReplyButton($"Lựa chọn {i}", $"b:f:n:k{i}")).ToList();

        var message = Assert.Single(Oa.Render([new Reply("Chọn một mục:", options)]));

        Assert.Equal(5, message["attachment"]!["payload"]!["buttons"]!.AsArray().Count);
        Assert.EndsWith("\n\n6. Lựa chọn 6\n7. Lựa chọn 7", message["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void ButtonsGoUnderTheLastPieceOfALongText()
    {
        var text = string.Join("\n\n", Enumerable.Repeat("Một đoạn hướng dẫn dài cho người dân đọc chậm rãi từng bước.", 80));

        var messages = Oa.Render([new Reply(text, [new ReplyButton("Menu chính", "c:menu")])]);

        Assert.True(messages.Count >= 2);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m["attachment"]));
        Assert.NotNull(messages[^1]["attachment"]);
    }

    [Fact]
    public void SignatureMatchesZalosFormulaOverTheExactBytes()
    {
        // The reference example: mac = sha256("APP1" + body + "1700000000000" + "OASECRET").
        var body = System.Text.Encoding.UTF8.GetBytes("""{"app_id":"APP1","event_name":"user_send_text","timestamp":"1700000000000","sender":{"id":"U1"},"recipient":{"id":"OA1"},"message":{"text":"hi","msg_id":"m1"}}""");
        var expected = ZaloOaEvents.Sign(body, "1700000000000", "APP1", "OASECRET");

        Assert.Equal(expected, ZaloOaSignature.Compute("APP1", body, "1700000000000", "OASECRET"));
        Assert.True(ZaloOaSignature.Verify(expected, "APP1", body, "1700000000000", "OASECRET"));
        Assert.True(ZaloOaSignature.Verify(expected[4..].ToUpperInvariant(), "APP1", body, "1700000000000", "OASECRET"));
        Assert.False(ZaloOaSignature.Verify(expected, "APP1", body, "1700000000001", "OASECRET"));
        Assert.False(ZaloOaSignature.Verify("mac=zz", "APP1", body, "1700000000000", "OASECRET"));
    }

    [Theory]
    [InlineData("b:eid:intro:ask_chip", true)]
    [InlineData("c:menu", true)]
    [InlineData("f:eid.activate", true)]
    [InlineData("c: menu please", false)]
    [InlineData("bạn ơi", false)]
    [InlineData("b:", false)]
    public void OnlyOurOwnPayloadsAreTakenAsButtonPresses(string text, bool isPayload) =>
        Assert.Equal(isPayload, ZaloOaEventHandler.IsOurPayload(text));
}
