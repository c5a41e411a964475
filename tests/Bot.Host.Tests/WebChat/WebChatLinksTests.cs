using Bot.Channels.WebChat;
using Bot.Dialogs.Content;

namespace Bot.Host.Tests.WebChat;

/// <summary>What a resident can tap in the editors' texts on the web chat, and what stays plain text.</summary>
public sealed class WebChatLinksTests
{
    private static readonly SiteList Sites = new(["*.gov.vn", "vr.org.vn"]);

    [Theory]
    [InlineData("Khẩn cấp: gọi 113.", "113", "tel:113")]
    [InlineData("Hoặc gọi 156 để báo cuộc gọi lừa.", "156", "tel:156")]
    [InlineData("Tổng đài 1900 0368 hỗ trợ về dữ liệu dân cư.", "1900 0368", "tel:19000368")]
    [InlineData("Điện thoại: 0241 234 5678", "0241 234 5678", "tel:+842412345678")]
    [InlineData("Gọi 0912.345.678 nhé", "0912.345.678", "tel:+84912345678")]
    [InlineData("Vào dichvucong.gov.vn, đăng nhập bằng VNeID.", "dichvucong.gov.vn", "https://dichvucong.gov.vn")]
    [InlineData("Xem https://vneid.gov.vn/huong-dan.", "https://vneid.gov.vn/huong-dan", "https://vneid.gov.vn/huong-dan")]
    [InlineData("Đăng kiểm: vr.org.vn", "vr.org.vn", "https://vr.org.vn")]
    public void PhoneNumbersAndOfficialAddressesBecomeLinks(string text, string linked, string href)
    {
        var parts = WebChatLinks.Split(text, Sites);

        Assert.NotNull(parts);
        var link = Assert.Single(parts, p => p.Href is not null);
        Assert.Equal(linked, link.Text);
        Assert.Equal(href, link.Href);
        Assert.Equal(text, string.Concat(parts.Select(p => p.Text))); // nothing lost or added
    }

    [Theory]
    [InlineData("Thanh toán tại evn-thanhtoan.top để tránh bị cắt điện.")] // not an official site
    [InlineData("Trang thật có đuôi \".gov.vn\".")] // an ending, not an address
    [InlineData("công an tỉnh: congan.[tên tỉnh].gov.vn")] // a pattern, not an address
    [InlineData("Tin nhắn giả thường đứng tên \"18001096\".")] // a quoted scam sender
    [InlineData("Trang giả dichvucong.gov.vn.xyz.top")] // a look-alike
    [InlineData("Ví dụ: V 0912xxxxxx gia danh cong an.")] // not a whole number
    [InlineData("Nghị định 113/2020 và lệ phí 7.000 đồng")] // a decree's number, an amount
    [InlineData("Số 12345 không phải số điện thoại")]
    public void OtherTextStaysPlain(string text) => Assert.Null(WebChatLinks.Split(text, Sites));
}
