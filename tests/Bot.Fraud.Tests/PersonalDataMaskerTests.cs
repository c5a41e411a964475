using Bot.Fraud.Privacy;

namespace Bot.Fraud.Tests;

/// <summary>The masker other features reuse for logs and analytics.</summary>
public sealed class PersonalDataMaskerTests
{
    [Theory]
    [InlineData("CCCD 001234567890", "CCCD ************")]
    [InlineData("căn cước 001 234 567 890", "căn cước *** *** *** ***")]
    [InlineData("mã OTP là 482913 nhé", "mã OTP là ****** nhé")]
    [InlineData("STK 0123456789 tại VCB", "STK ********** tại VCB")]
    [InlineData("CMND 123456789", "CMND *********")]
    [InlineData("gọi 0912345678", "gọi 091*****78")]
    [InlineData("gọi +84 912 345 678", "gọi +84 9** *** *78")]
    [InlineData("mật khẩu là Abc@123456", "mật khẩu là ********")]
    [InlineData("password: hunter2!", "password: ********")]
    [InlineData("gọi 113 hoặc 1900 0368", "gọi 113 hoặc 1900 0368")]
    [InlineData("phí 22.000 đồng", "phí 22.000 đồng")]
    public void SecretsAndNumbersAreMaskedAndPublicNumbersAreKept(string text, string masked)
    {
        Assert.Equal(masked, PersonalDataMasker.Mask(text));
    }

    [Fact]
    public void DetectNamesEachKindOfSecret()
    {
        var kinds = PersonalDataMasker.Detect("CCCD 001234567890, mã OTP 482913, STK 0123456789, mật khẩu là Abc@1234, CMND 123456789");
        Assert.Equal(
            [PersonalDataKind.CitizenId, PersonalDataKind.OldId, PersonalDataKind.BankAccount, PersonalDataKind.Otp, PersonalDataKind.Password],
            kinds.Order());
    }

    [Theory]
    [InlineData("quên mật khẩu vneid")]
    [InlineData("mật khẩu là gì")]
    [InlineData("số tiền 100000000 đồng")]
    [InlineData("gọi 0912345678")]
    [InlineData("kích hoạt tài khoản định danh mức 2")]
    public void OrdinaryQuestionsAreNotMistakenForSecrets(string text)
    {
        Assert.Empty(PersonalDataMasker.Detect(text));
    }
}
