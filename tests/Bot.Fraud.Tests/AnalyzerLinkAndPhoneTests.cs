using Bot.Fraud.Analysis;
using Bot.Fraud.Lists;

namespace Bot.Fraud.Tests;

/// <summary>Links (allow-list, look-alikes, shorteners, .apk, obfuscation) and phone numbers (hotlines, foreign, reported).</summary>
public sealed class AnalyzerLinkAndPhoneTests
{
    private readonly FraudAnalyzer _analyzer = TestContent.NewAnalyzer();

    private static IEnumerable<string> Codes(FraudVerdict verdict) => verdict.Reasons.Select(r => r.Code);

    [Fact]
    public void TheTrafficFineSmsFromPoliceReportsIsHighRiskWithPlainReasons()
    {
        var verdict = _analyzer.Analyze("Cảnh sát giao thông Việt Nam: Hiện tại, bạn đang có một khoản tiền phạt chưa thanh toán… vui lòng truy cập: https://dichvucongg.top/vn");
        Assert.Equal(RiskLevel.High, verdict.Risk);
        Assert.Contains("https://dichvucongg.top/vn", verdict.Urls);
        Assert.Contains("link_reported", Codes(verdict));
        Assert.Contains("traffic_fine_link", Codes(verdict));
        Assert.Contains(verdict.Reasons, r => r.Text("vi") == "đường link dichvucongg[.]top không thuộc tên miền .gov.vn");
        Assert.Contains(verdict.Reasons, r => r.Code == "link_lookalike" && r.Text("vi").Contains("dichvucong.gov.vn"));
    }

    [Theory]
    [InlineData("truy cap phatnguoi-vn.icu/tra-cuu de nop phat", "phatnguoi-vn.icu")]
    [InlineData("vao hxxps://abc-vneid[.]xyz/login nhe", "abc-vneid.xyz")]
    [InlineData("mo link abc(dot)click de nhan", "abc.click")]
    [InlineData("link: abc [.] top", "abc.top")]
    [InlineData("WWW.Example-Shop.COM khuyen mai", "example-shop.com")]
    public void LinksAreFoundWithOrWithoutSchemeAndObfuscation(string text, string domain)
    {
        var verdict = _analyzer.Analyze(text);
        Assert.Contains(domain, verdict.Domains);
        Assert.Contains("link_not_gov", Codes(verdict));
    }

    [Theory]
    [InlineData("Tra cứu tại dichvucong.gov.vn")]
    [InlineData("Xem tại https://congan.hanoi.gov.vn/tin-tuc")]
    [InlineData("Tra cuu tai csgt.bocongan.gov.vn")]
    [InlineData("Kiem tra ten mien tai tinnhiemmang.vn")]
    public void OfficialSitesAreRecognisedAndReassure(string text)
    {
        var verdict = _analyzer.Analyze(text);
        Assert.Equal(RiskLevel.Low, verdict.Risk);
        Assert.False(verdict.HasUnofficialLink);
        Assert.Equal(["link_official"], Codes(verdict));
    }

    [Theory]
    [InlineData("dichvucong.abcgov.net", "dichvucong.gov.vn")] // official name as a subdomain of another domain
    [InlineData("vneid.gov.vn.xacthuc-online.com", "vneid.gov.vn")]
    [InlineData("bocongan-gov.com", "bocongan.gov.vn")] // extra words
    [InlineData("dichvucnog.net", "dichvucong.gov.vn")] // two letters swapped
    [InlineData("bocongann.com", "bocongan.gov.vn")] // an extra letter
    [InlineData("vnеid.com", "vneid.gov.vn")] // Cyrillic "е"
    [InlineData("congan-hanoi.info", "bocongan.gov.vn")]
    [InlineData("cucthue-gov.net", "gov.vn")] // "gov" outside .gov.vn
    public void LookAlikesOfOfficialSitesAreCaught(string host, string official)
    {
        var verdict = _analyzer.Analyze("Truy cập " + host + " để cập nhật");
        var reason = Assert.Single(verdict.Reasons, r => r.Code == "link_lookalike");
        Assert.Contains(official, reason.Text("vi"));
        Assert.True(verdict.Risk >= RiskLevel.Medium);
    }

    [Fact]
    public void PunycodeDomainsAreFlagged()
    {
        var verdict = _analyzer.Analyze("Mở https://xn--vneid-3ve.com để kích hoạt");
        Assert.Contains("link_punycode", Codes(verdict));
    }

    [Fact]
    public void UserNameTrickDoesNotPassAsOfficial()
    {
        var verdict = _analyzer.Analyze("Đăng nhập https://dichvucong.gov.vn@dvc-login.top/");
        Assert.Contains("dvc-login.top", verdict.Domains);
        Assert.DoesNotContain("link_official", Codes(verdict));
    }

    [Fact]
    public void ShortLinksApkLinksAndBareAddressesAreFlagged()
    {
        Assert.Contains("link_shortener", Codes(_analyzer.Analyze("Bấm https://bit.ly/3xYz9 nhé")));
        Assert.Contains("link_apk", Codes(_analyzer.Analyze("Tải http://abc-update.net/VNeID.apk")));
        Assert.Contains("link_ip", Codes(_analyzer.Analyze("Tải http://45.77.12.3/dvc.apk")));
        Assert.Contains("link_suspicious_tld", Codes(_analyzer.Analyze("Xem abc-qua.vip")));
    }

    [Theory]
    [InlineData("Gửi tới lan.nguyen@gmail.com nhé")]
    [InlineData("Số tiền 2.000.000đ đã chuyển, v.v.")]
    [InlineData("Ông bà đến lúc 8.30 nhé.Cảm ơn")]
    public void EmailsAmountsAndSentencesAreNotLinks(string text)
    {
        Assert.Empty(_analyzer.Analyze(text).Urls);
    }

    [Fact]
    public async Task OfficersCanAddAReportedDomainThatTakesEffectAtOnce()
    {
        var lists = new InMemoryFraudListStore(TestContent.Fraud);
        var editor = Editor(lists);
        var analyzer = TestContent.NewAnalyzer(lists);
        const string text = "Xem chi tiết tại tin-moi-nhat.com";
        Assert.DoesNotContain("link_reported", Codes(analyzer.Analyze(text)));

        Assert.Equal(ListAddStatus.Added, (await editor.AddDomainAsync("https://www.Tin-Moi-Nhat.com/abc", "officer-1")).Status);
        var verdict = analyzer.Analyze(text);
        Assert.Contains("link_reported", Codes(verdict));
        Assert.Equal(RiskLevel.High, verdict.Risk);
        Assert.Equal(ListAddStatus.Official, (await editor.AddDomainAsync("dichvucong.gov.vn", "officer-1")).Status);
    }

    [Fact]
    public void OfficialHotlinesAreNamedAndShownInFull()
    {
        var verdict = _analyzer.Analyze("Gặp lừa đảo gọi 113, hỗ trợ VNeID gọi 1900 0368");
        Assert.Contains("113", verdict.Phones);
        Assert.Contains("1900 0368", verdict.Phones);
        Assert.Contains(verdict.Reasons, r => r.Code == "phone_hotline" && r.Text("vi").StartsWith("113 là số đường dây nóng chính thức"));
        Assert.Equal(RiskLevel.Low, verdict.Risk);
    }

    [Fact]
    public void OtherPhoneNumbersAreMasked()
    {
        var verdict = _analyzer.Analyze("Liên hệ anh Nam 0912 345 678 hoặc +84 987654321");
        Assert.Equal(["091*****78", "098*****21"], verdict.Phones);
    }

    [Fact]
    public void ForeignNumbersAreFlagged()
    {
        var verdict = _analyzer.Analyze("Gọi lại số +1 202 555 0143 để xác minh");
        Assert.Contains(verdict.Reasons, r => r.Code == "phone_foreign" && r.Text("vi").Contains("+120******43"));
    }

    [Fact]
    public async Task OfficersCanAddAReportedNumberInAnyUsualForm()
    {
        var lists = new InMemoryFraudListStore(TestContent.Fraud);
        var editor = Editor(lists);
        var analyzer = TestContent.NewAnalyzer(lists);
        Assert.Equal(ListAddStatus.Added, (await editor.AddPhoneAsync("+84 912 345 678", "officer-1")).Status);
        Assert.Equal(ListAddStatus.AlreadyListed, (await editor.AddPhoneAsync("0912.345.678", "officer-1")).Status);
        Assert.Equal(ListAddStatus.Official, (await editor.AddPhoneAsync("113", "officer-1")).Status); // a hotline

        var verdict = analyzer.Analyze("Ai gọi từ số 0912345678 thì đừng nghe máy");
        var reason = Assert.Single(verdict.Reasons, r => r.Code == "phone_reported");
        Assert.Equal("số điện thoại 091*****78 đã bị báo cáo là lừa đảo", reason.Text("vi"));
    }

    [Theory]
    [InlineData("Số tiền 2.000.000 đồng")]
    [InlineData("STK 0123456789 Vietcombank")]
    [InlineData("Căn cước số 001234567890")]
    public void AmountsAccountAndIdNumbersAreNotPhones(string text)
    {
        Assert.Empty(_analyzer.Analyze(text).Phones);
    }

    private static FraudListEditor Editor(IFraudListStore lists) =>
        new(TestContent.Fraud, lists, new Bot.Dialogs.Officers.LoggingAuditLog(
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Bot.Dialogs.Officers.LoggingAuditLog>.Instance));
}
