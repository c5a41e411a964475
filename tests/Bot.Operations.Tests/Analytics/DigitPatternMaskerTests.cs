using Bot.Operations.Analytics;

namespace Bot.Operations.Tests.Analytics;

public class DigitPatternMaskerTests
{
    private readonly DigitPatternMasker _masker = new();

    [Theory]
    [InlineData("số cccd của tôi 001203004567 nhé", "số cccd của tôi [số định danh] nhé")]
    [InlineData("cmnd 123456789", "cmnd [số CMND]")]
    [InlineData("gọi 0912 345 678 giúp", "gọi [số điện thoại] giúp")]
    [InlineData("sđt 0912.345.678", "sđt [số điện thoại]")]
    [InlineData("+84 912 345 678", "[số điện thoại]")]
    [InlineData("mã OTP là 482913", "mã OTP là [mã số]")]
    [InlineData("sdt0912345678", "sdt[số điện thoại]")]
    [InlineData("dãy 1234567890123456", "dãy [dãy số]")]
    [InlineData("mail me a.b@example.com", "mail me [email]")]
    public void PersonalNumbersAreReplacedByWhatTheyWere(string typed, string expected) =>
        Assert.Equal(expected, _masker.Mask(typed));

    [Theory]
    [InlineData("kích hoạt vneid mức 2")]
    [InlineData("gọi 113 khi khẩn cấp")]
    [InlineData("phiên bản d41c1edb, mất 15ms")]
    public void OrdinaryQuestionsStayReadable(string typed) =>
        Assert.Equal(typed, _masker.Mask(typed));

    [Fact]
    public void ABotTokenIsRemovedWhole()
    {
        var masked = _masker.Mask("token 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw here");
        Assert.Equal("token [token] here", masked);
    }
}
