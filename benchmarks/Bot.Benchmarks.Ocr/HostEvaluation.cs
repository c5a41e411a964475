using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Fraud.Analysis;

namespace Bot.Benchmarks.Ocr;

/// <summary>
/// End to end through a running bot: each screenshot is sent to the web chat API as a resident's page sends
/// it (multipart/form-data, one at a time), and the answer is classified from the text the resident reads.
/// This covers the whole path: upload limits, the pool, pre-processing, tesseract, the joiner, the privacy
/// guard, the scam check with the rules and lists the bot has loaded, and the reply.
/// </summary>
public static class HostEvaluation
{
    public sealed record Outcome(ScreenshotCase Case, HostAnswer Answer, RiskLevel? Risk, RiskLevel TypedRisk, TimeSpan Wall);

    public static async Task<List<Outcome>> RunAsync(Uri host, IEnumerable<ScreenshotCase> cases, FraudAnalyzer analyzer)
    {
        using var http = new HttpClient { BaseAddress = host, Timeout = TimeSpan.FromMinutes(2) };
        var run = Guid.NewGuid().ToString("N")[..8];
        var outcomes = new List<Outcome>();
        foreach (var c in cases)
        {
            using var form = new MultipartFormDataContent();
            var image = new ByteArrayContent(c.Image);
            image.Headers.ContentType = new MediaTypeHeaderValue(c.Variant.Jpeg ? "image/jpeg" : "image/png");
            form.Add(image, "image", c.Variant.Jpeg ? "shot.jpg" : "shot.png");
            var started = Stopwatch.StartNew();
            using var response = await http.PostAsync($"/api/webchat/eval-{run}-{c.Index}/messages", form);
            var wall = started.Elapsed;
            var text = "";
            if (response.IsSuccessStatusCode)
            {
                var json = await response.Content.ReadFromJsonAsync<JsonElement>();
                text = string.Join('\n', json.GetProperty("replies").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
            }

            var (answer, risk) = Classify(text);
            outcomes.Add(new Outcome(c, answer, risk, analyzer.Analyze(c.Message.Text).Risk, wall));
        }

        return outcomes;
    }

    /// <summary>The answer's kind and, for a verdict, its risk, from the Vietnamese texts of content/fraud/messages.yaml.</summary>
    public static (HostAnswer Answer, RiskLevel? Risk) Classify(string text)
    {
        if (text.Contains("Tin nhắn trong ảnh nói", StringComparison.Ordinal))
        {
            RiskLevel risk = text.Contains("Nguy cơ lừa đảo: CAO", StringComparison.Ordinal) ? RiskLevel.High
                : text.Contains("Nguy cơ lừa đảo: TRUNG BÌNH", StringComparison.Ordinal) ? RiskLevel.Medium
                : RiskLevel.Low;
            return (HostAnswer.Verdict, risk);
        }

        return text switch
        {
            _ when text.Contains("Ảnh bạn vừa gửi có", StringComparison.Ordinal) => (HostAnswer.Privacy, null),
            _ when text.Contains("chưa đọc được chữ trong ảnh", StringComparison.Ordinal) => (HostAnswer.Unreadable, null),
            _ when text.Contains("nhiều người gửi ảnh", StringComparison.Ordinal) => (HostAnswer.Busy, null),
            _ => (HostAnswer.Other, null),
        };
    }

    public static string ToMarkdown(IReadOnlyList<Outcome> outcomes)
    {
        var scams = outcomes.Where(o => o.Case.Message.IsScam).ToList();
        var legit = outcomes.Where(o => !o.Case.Message.IsScam).ToList();
        var flagged = scams.Count(o => o.Risk >= RiskLevel.Medium);
        var typedFlagged = scams.Count(o => o.TypedRisk >= RiskLevel.Medium);
        var legitHigh = legit.Count(o => o.Risk == RiskLevel.High);
        var typedLegitHigh = legit.Count(o => o.TypedRisk == RiskLevel.High);
        var same = outcomes.Count(o => o.Answer == HostAnswer.Verdict && o.Risk == o.TypedRisk);
        var walls = outcomes.Select(o => o.Wall.TotalSeconds).Order().ToArray();
        var lines = new List<string>
        {
            "| measure | screenshot sent to the bot | typed text (same check) |",
            "|---|---:|---:|",
            Row("scams flagged medium or high (goal ≥ 90 %)", flagged, scams.Count, typedFlagged),
            Row("legitimate flagged high (goal ≤ 5 %)", legitHigh, legit.Count, typedLegitHigh),
            string.Create(CultureInfo.InvariantCulture, $"| same risk level as the typed text | {same}/{outcomes.Count} = {Percent(same, outcomes.Count)} | |"),
            string.Create(CultureInfo.InvariantCulture, $"| answers: verdict / privacy warning / unreadable / busy / other | {Count(HostAnswer.Verdict)} / {Count(HostAnswer.Privacy)} / {Count(HostAnswer.Unreadable)} / {Count(HostAnswer.Busy)} / {Count(HostAnswer.Other)} | |"),
            string.Create(CultureInfo.InvariantCulture, $"| answer time per screenshot, upload to JSON (median / 90th percentile) | {walls[walls.Length / 2]:0.00} s / {walls[(int)(walls.Length * 0.9)]:0.00} s | |"),
        };
        return string.Join('\n', lines) + "\n";

        int Count(HostAnswer answer) => outcomes.Count(o => o.Answer == answer);
    }

    private static string Row(string name, int count, int of, int typed) =>
        string.Create(CultureInfo.InvariantCulture, $"| {name} | {count}/{of} = **{Percent(count, of)}** | {typed}/{of} = {Percent(typed, of)} |");

    private static string Percent(int count, int of) => of == 0 ? "–" : (count / (double)of).ToString("P1", CultureInfo.InvariantCulture);
}
