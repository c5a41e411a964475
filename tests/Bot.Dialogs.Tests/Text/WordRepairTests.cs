using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Text;

/// <summary>What a Vietnamese keyboard with its input method off leaves behind, undone.</summary>
public sealed class WordRepairTests
{
    [Theory]
    [InlineData("kichs", "kich")]
    [InlineData("hoatj", "hoat")]
    [InlineData("ddang", "dang")]
    [InlineData("kys", "ky")]
    [InlineData("tieenf", "tien")]
    [InlineData("ddwowcj", "duoc")]
    [InlineData("mucws", "muc")]
    [InlineData("nguwowif", "nguoi")]
    public void TelexLeftoversBecomePlainLetters(string typed, string plain) =>
        Assert.Contains(plain, WordRepair.Candidates(typed));

    [Theory]
    [InlineData("d9a8ng", "dang")]
    [InlineData("mu71c", "muc")]
    [InlineData("ngu7o72i", "nguoi")]
    public void VniDigitsAreDropped(string typed, string plain) =>
        Assert.Contains(plain, WordRepair.Candidates(typed));

    [Theory]
    [InlineData("duoccc", "duoc")]
    [InlineData("aloooo", "alo")]
    public void StretchedLettersShrink(string typed, string plain) =>
        Assert.Contains(plain, WordRepair.Candidates(typed));

    [Fact]
    public void OneLetterRepeatedIsNoWord() => Assert.Empty(WordRepair.Candidates("jjjjjjjj"));
}
