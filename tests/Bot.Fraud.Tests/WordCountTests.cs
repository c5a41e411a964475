using Bot.Dialogs.Tools;
using Bot.Fraud.Chat;

namespace Bot.Fraud.Tests;

/// <summary>The shared in-place word count (understanding stage, scam check) is the count of a split: words with a letter or digit.</summary>
public sealed class WordCountTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("một")]
    [InlineData("  Bưu điện xã   thông báo:\nchi trả\t lương hưu  ")]
    [InlineData("[BHXH] Hồ sơ của bạn - đã bị khoá !!! 0912.345.678")]
    [InlineData("- -- ... 123 a\u00A0b\u2003c")]
    [InlineData("what's up ? « ok » 😀 👍🏽x")]
    public void CountsAsSplittingOnWhiteSpaceDid(string text)
    {
        var split = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

        Assert.Equal(split, WordCounter.Count(text));
    }
}
