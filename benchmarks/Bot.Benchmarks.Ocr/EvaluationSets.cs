namespace Bot.Benchmarks.Ocr;

/// <summary>
/// Reads the evaluation sets. The screenshot sets (label, app, sender, text) are the frozen one
/// (<c>eval/screenshots/messages.tsv</c>), which judges, and the development one (<c>eval/screenshots/dev.tsv</c>),
/// which is for tuning; the scam development set (<c>eval/scams/dev-2026.tsv</c>: label, text) is for tuning too,
/// and gets an app and an ordinary sender assigned here.
/// </summary>
public static class EvaluationSets
{
    private static readonly string[] SmsSenders = ["0903 214 765", "Thông báo", "8x77", "Tổng đài"];
    private static readonly string[] ZaloSenders = ["Nguyễn Văn Hùng", "Chị Lan", "Hỗ trợ", "Anh Tuấn Minh"];

    public static IReadOnlyList<ScreenshotMessage> LoadScreenshotSet(string path) =>
        Rows(path).Select(cells => new ScreenshotMessage(IsScam(cells[0]), cells[1], cells[2], Split(cells[3]))).ToList();

    public static IReadOnlyList<ScreenshotMessage> LoadDevelopment(string path) =>
        Rows(path).Select((cells, i) =>
        {
            var app = i % 3 == 1 ? "zalo" : "sms"; // by position, so any spread sample (every n-th line) still has both apps
            var senders = app == "sms" ? SmsSenders : ZaloSenders;
            return new ScreenshotMessage(IsScam(cells[0]), app, senders[i / 2 % senders.Length], Split(cells[1]));
        }).ToList();

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));

    private static bool IsScam(string label) => label switch
    {
        "scam" => true,
        "legit" => false,
        _ => throw new InvalidDataException($"unknown label '{label}' (scam or legit)"),
    };

    private static string[] Split(string text) => text.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
