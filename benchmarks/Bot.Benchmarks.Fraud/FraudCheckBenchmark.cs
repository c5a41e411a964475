using BenchmarkDotNet.Attributes;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;

namespace Bot.Benchmarks.Fraud;

/// <summary>Cost of one scam check of a 500-character message (goal: at most 50 µs).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FraudCheckBenchmark
{
    // Three realistic 500-character messages: a scam (links, phone, many phrase hits), an ordinary
    // one, and a police warning that quotes this year's scripts (the words-about-scammers and
    // warning-cap paths).
    private const string Scam =
        "Cảnh sát giao thông Việt Nam: Hiện tại bạn đang có một khoản tiền phạt chưa thanh toán. Do sáp nhập địa giới hành chính, " +
        "ông/bà cần cập nhật lại nơi cư trú trên ứng dụng VNeID, nếu không sẽ bị khóa tài khoản định danh. Vui lòng truy cập " +
        "hxxps://dichvucong-csgt[.]top/vn hoặc bit.ly/phat-nguoi để nộp phạt trước 20h hôm nay, đọc mã OTP cho cán bộ khi được hỏi, " +
        "bật quyền trợ năng cho ứng dụng. Liên hệ 0912 345 678 hoặc +855 23 456 789. Không được nói với ai, chuyển tiền vào tài khoản an toàn.";

    private const string Ordinary =
        "Công an phường Bến Nghé mời ông Nguyễn Văn A đến trụ sở lúc 8 giờ ngày 5/12 để làm việc về hồ sơ cư trú. Mang theo thẻ căn cước " +
        "và giấy tờ liên quan. Nếu bận, ông có thể đến vào buổi chiều cùng ngày hoặc sáng hôm sau. Tra cứu tình trạng hồ sơ tại " +
        "dichvucong.gov.vn hoặc trên ứng dụng VNeID. Khi cần hỗ trợ VNeID, gọi tổng đài 1900 0368. Trân trọng cảm ơn ông đã hợp tác " +
        "với Công an phường trong việc cập nhật thông tin dân cư của gia đình. Chúc ông và gia đình mạnh khỏe, mọi việc thuận lợi nhé.";

    private const string Warning =
        "Công an xã cảnh báo: thời gian gần đây xuất hiện thủ đoạn gửi mã QR qua Zalo mời nhận tiền hỗ trợ, bảo bấm mã *21* để nhận quà, " +
        "hứa lấy lại tiền đã bị lừa nếu nộp phí trước. Các đối tượng còn giả danh công an, yêu cầu kết bạn Zalo, gọi video và chuyển tiền vào " +
        "tài khoản tạm giữ. Công an không bao giờ làm việc qua Zalo, không đòi mã OTP. Bà con không quét mã lạ, không gọi lại số nước ngoài " +
        "lạ, không nạp tiền làm nhiệm vụ trên Telegram. Nghi ngờ thì đến trụ sở công an xã hoặc gọi trực ban để được hướng dẫn nhé.";

    private FraudAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var content = FraudContentLoader.Load(FindFraudFolder());
        _analyzer = new FraudAnalyzer(content, new InMemoryFraudListStore(content));
        if (Scam.Length is < 480 or > 520 || Ordinary.Length is < 480 or > 520 || Warning.Length is < 480 or > 520)
        {
            throw new InvalidOperationException($"messages must be about 500 characters (scam {Scam.Length}, ordinary {Ordinary.Length}, warning {Warning.Length})");
        }
    }

    [Benchmark(Baseline = true)]
    public FraudVerdict ScamMessage500() => _analyzer.Analyze(Scam);

    [Benchmark]
    public FraudVerdict OrdinaryMessage500() => _analyzer.Analyze(Ordinary);

    [Benchmark]
    public FraudVerdict PoliceWarning500() => _analyzer.Analyze(Warning);

    private static string FindFraudFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content", "fraud");
                if (File.Exists(Path.Combine(candidate, "rules.yaml")))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException("content/fraud not found; run from the repository");
    }
}
