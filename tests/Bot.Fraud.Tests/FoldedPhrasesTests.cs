using Bot.Fraud.Chat;

namespace Bot.Fraud.Tests;

/// <summary>The scam check's whole-word phrase test, searched in place, finds exactly what " phrase " would.</summary>
public sealed class FoldedPhrasesTests
{
    [Theory]
    [InlineData(" toi nhan tin ", "nhan tin", true)]
    [InlineData(" nhan tinh ", "nhan tin", false)]
    [InlineData(" anhan tin ", "nhan tin", false)]
    [InlineData(" nhan tinnhan tin ", "nhan tin", false)]
    [InlineData(" nhan tinx nhan tin ", "nhan tin", true)]
    [InlineData(" la sao ", "la sao", true)]
    [InlineData("la sao", "la sao", false)]
    [InlineData(" ", "x", false)]
    [InlineData("", "x", false)]
    [InlineData(" a  b ", "", true)]
    [InlineData(" a b ", "", false)]
    public void APhraseCountsOnlyAsWholeWords(string folded, string phrase, bool expected) =>
        Assert.Equal(expected, FoldedPhrases.Has(folded, [phrase]));

    [Fact]
    public void EverySearchAgreesWithThePaddedContainsItReplaced()
    {
        var random = new Random(20261205);
        const string Letters = "ab n";
        for (var i = 0; i < 20_000; i++)
        {
            var folded = " " + Draw(random, Letters, random.Next(0, 12)) + " ";
            var phrase = Draw(random, Letters, random.Next(0, 4));
            var padded = folded.Contains(" " + phrase + " ", StringComparison.Ordinal);
            Assert.True(padded == FoldedPhrases.Has(folded, [phrase]), $"'{folded}' / '{phrase}'");
        }
    }

    private static string Draw(Random random, string letters, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => letters[random.Next(letters.Length)])]);
}
