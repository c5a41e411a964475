using Bot.Channels.Telegram.Sending;
using Bot.Testing.Telegram;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Telegram.Tests;

/// <summary>What a resident sees: exact text, buttons in order, nothing lost to markup or length limits.</summary>
public sealed class RendererTests
{
    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("A & B <b>not bold</b> \"q\" &amp;")]
    [InlineData("Số 113 > 112 < 114")]
    public void EscapedTextParsesBackToExactlyTheOriginal(string text)
    {
        var html = TelegramText.EscapeHtml(text);

        Assert.Equal((text, (string?)null), TelegramHtml.Parse(html));
    }

    [Fact]
    public void ContentButtonsGetARowEachAndNavigationSharesTheLastRow()
    {
        var reply = new Reply("Chọn", [
            new ReplyButton("Mức 1", "b:eid:intro:level1"),
            new ReplyButton("Cổng dịch vụ công", "b:eid:intro:portal", "https://dichvucong.gov.vn"),
            new ReplyButton("⬅ Quay lại", "c:back"),
            new ReplyButton("🏠 Menu chính", "c:menu"),
        ]);

        var message = Assert.Single(TelegramRenderer.Render(reply));

        var rows = message.Keyboard!.InlineKeyboard.Select(r => r.ToList()).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("b:eid:intro:level1", rows[0][0].CallbackData);
        Assert.Equal("https://dichvucong.gov.vn", rows[1][0].Url);
        Assert.Equal(["c:back", "c:menu"], rows[2].Select(b => b.CallbackData));
    }

    [Fact]
    public void AButtonThatCannotBeATelegramButtonBecomesANumberedLine()
    {
        var tooLong = "b:" + new string('x', 70);
        var reply = new Reply("Chọn", [new ReplyButton("Một", "b:f:n:one"), new ReplyButton("Hai", tooLong)]);

        var message = Assert.Single(TelegramRenderer.Render(reply));

        Assert.Single(message.Keyboard!.InlineKeyboard);
        Assert.EndsWith("2. Hai", message.Html);
    }

    [Fact]
    public void APhoneButtonBecomesANumberedLineShowingTheNumberNotATelLink()
    {
        // Telegram refuses tel: links on buttons (the whole message would fail); the number stays readable and typing "1" works.
        var reply = new Reply("Công an Phường Mẫu Một:\n☎ Điện thoại: 0241 234 5678",
            [new ReplyButton("📞 Gọi 0241 234 5678", "a:thu-nghiem.mau-mot", "tel:+842412345678"), new ReplyButton("🏠 Menu chính", "c:menu")]);

        var message = Assert.Single(TelegramRenderer.Render(reply));

        Assert.EndsWith("1. 📞 Gọi 0241 234 5678", message.Html);
        Assert.DoesNotContain("tel:", message.Html);
        Assert.Equal("c:menu", Assert.Single(message.Keyboard!.InlineKeyboard.SelectMany(r => r)).CallbackData);
    }

    [Fact]
    public void LongTextIsSplitOnParagraphsAndNeverInsideAnEmoji()
    {
        var paragraph = string.Concat(Enumerable.Repeat("😀", 1500)); // 3,000 UTF-16 units, no spaces
        var text = paragraph + "\n\n" + paragraph;

        var chunks = TelegramText.Split(text);

        Assert.Equal([paragraph, paragraph], chunks);
        var single = TelegramText.Split(string.Concat(Enumerable.Repeat("😀", 2500)));
        Assert.All(single, c => Assert.False(char.IsHighSurrogate(c[^1])));
        Assert.Equal(5000, single.Sum(c => c.Length));
    }

    [Fact]
    public void EmptyTextStillCarriesItsButtons()
    {
        var message = Assert.Single(TelegramRenderer.Render(new Reply("  ", [new ReplyButton("Menu", "c:menu")])));

        Assert.NotEmpty(message.Html.Trim());
        Assert.NotNull(message.Keyboard);
    }
}
