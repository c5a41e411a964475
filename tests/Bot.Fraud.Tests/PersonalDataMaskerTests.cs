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
    [InlineData("Mẹ ơi số con bên Hàn là +82 10 4728 3156, mẹ lưu lại nhé")]
    [InlineData("so em ben Han +821037719204, co gi chi nhan tin")]
    [InlineData("Chú ở Mỹ, số +1 408 555 0172")]
    [InlineData("số bên Campuchia +855 123 456 789")]
    [InlineData("cuộc gọi nhỡ từ +242 066 123 456")]
    [InlineData("con o Dai Loan +886 912 307 455, so cu +84 912 438 675")]
    [InlineData("số bên Úc +61438120957")]
    public void ForeignNumbersInInternationalFormatAreNotTakenForIdNumbers(string text)
    {
        Assert.Empty(PersonalDataMasker.Detect(text));
        Assert.NotEqual(text, PersonalDataMasker.Mask(text)); // still masked, as a phone number
    }

    [Theory]
    [InlineData("+82 10 4728 3156", "+82 1* **** **56")]
    [InlineData("+821037719204", "+821*******04")]
    [InlineData("gọi +1 408 555 0172 nhé", "gọi +1 40* *** **72 nhé")]
    public void ForeignNumbersAreMaskedAsPhoneNumbers(string text, string masked)
    {
        Assert.Equal(masked, PersonalDataMasker.Mask(text));
    }

    [Theory]
    [InlineData("CCCD của tôi 001234567890, số +84 912 345 678")]
    [InlineData("so cccd 001 234 567 890 sdt +84912345678")]
    [InlineData("gọi +84912345678 rồi đọc 079123456789 cho cán bộ")]
    public void RealCitizenIdNumbersAreStillCaughtNextToPhoneNumbers(string text)
    {
        Assert.Contains(PersonalDataKind.CitizenId, PersonalDataMasker.Detect(text));
        Assert.DoesNotContain("456789", PersonalDataMasker.Mask(text));
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
