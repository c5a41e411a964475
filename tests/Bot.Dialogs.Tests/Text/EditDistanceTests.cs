using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Text;

/// <summary>The one edit distance behind "did you mean" hints, look-alike scam domains and OCR accuracy.</summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("flows", "flows", 0)]
    [InlineData("titel", "title", 2)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("dichvucong", "dichvuc0ng", 1)]
    public void CountsInsertsDeletesAndSubstitutions(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b));
        Assert.Equal(expected, EditDistance.Between(b, a));
    }

    [Fact]
    public void AMissingDiacriticIsOneEdit()
    {
        Assert.Equal(1, EditDistance.Between("căn cước", "căn cuớc"));
    }

    [Fact]
    public void StopsEarlyOnceTheLimitIsPassed()
    {
        Assert.Equal(3, EditDistance.Between("vneid", "xxxxxxxxxx", max: 2));
        Assert.Equal(1, EditDistance.Between("vneid.gov.vn", "vneld.gov.vn", max: 2));
    }

    [Fact]
    public void LongTextsAreMeasuredToo()
    {
        var reference = string.Concat(Enumerable.Repeat("Công an xã trả lời. ", 40));
        var read = reference.Replace("xã", "xa", StringComparison.Ordinal);
        Assert.Equal(40, EditDistance.Between(reference, read));
    }
}
