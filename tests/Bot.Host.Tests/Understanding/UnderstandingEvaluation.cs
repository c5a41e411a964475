using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Dialogs.Text;
using Bot.Testing.WebChat;

namespace Bot.Host.Tests.Understanding;

/// <summary>
/// Sends every line of a set as the first message of a new web-chat conversation through the real
/// host (every turn handler, the real content) and judges the reply as eval-understanding.py does.
/// </summary>
public sealed partial class UnderstandingEvaluation
{
    private UnderstandingEvaluation(IReadOnlyList<(UnderstandingLine Line, UnderstandingOutcome Outcome, string Got)> results) => Results = results;

    public IReadOnlyList<(UnderstandingLine Line, UnderstandingOutcome Outcome, string Got)> Results { get; }

    /// <summary>Share of right answers among lines whose label is a topic or "check".</summary>
    public double InScopeRight => Share(r => !UnderstandingSet.Soft.Contains(r.Line.Label));

    /// <summary>Share of right answers (no topic, no verdict) among menu, help and out-of-scope lines.</summary>
    public double SoftRight => Share(r => UnderstandingSet.Soft.Contains(r.Line.Label));

    /// <summary>Scam verdicts on lines that were not messages to check.</summary>
    public int VerdictsOnPlainQuestions => Results.Count(r => r.Outcome == UnderstandingOutcome.Verdict);

    [GeneratedRegex("nguy co lua dao|scam risk")]
    private static partial Regex VerdictText();

    public static async Task<UnderstandingEvaluation> RunAsync(HttpClient http, IReadOnlyList<UnderstandingLine> lines)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var results = new List<(UnderstandingLine, UnderstandingOutcome, string)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var json = await new WebChatClient(http, $"eval-{run}-{i}").SendTextAsync(line.Text);
            results.Add((line, Judge(line.Label, json), Describe(json)));
        }

        return new UnderstandingEvaluation(results);
    }

    public static UnderstandingOutcome Judge(string label, JsonElement response)
    {
        var replies = response.GetProperty("replies").EnumerateArray().ToList();
        var text = Fold(string.Join(" ", replies.Select(r => r.GetProperty("text").GetString())));
        var flow = response.GetProperty("flow").ValueKind == JsonValueKind.String ? response.GetProperty("flow").GetString() : null;
        var verdict = flow is null && VerdictText().IsMatch(text);
        var choices = flow is null && !verdict && replies.Sum(r => r.GetProperty("buttons").GetArrayLength()) > 0
                      && text.Contains("muon hoi ve viec nao", StringComparison.Ordinal);
        if (label == "check")
        {
            return verdict ? UnderstandingOutcome.Right : choices ? UnderstandingOutcome.Choices : flow is null ? UnderstandingOutcome.Fallback : UnderstandingOutcome.Wrong;
        }

        if (UnderstandingSet.Soft.Contains(label))
        {
            return flow is null or "help" && !verdict ? UnderstandingOutcome.Right : verdict ? UnderstandingOutcome.Verdict : UnderstandingOutcome.Wrong;
        }

        return flow == label ? UnderstandingOutcome.Right
            : verdict ? UnderstandingOutcome.Verdict
            : choices ? UnderstandingOutcome.Choices
            : flow is null ? UnderstandingOutcome.Fallback
            : UnderstandingOutcome.Wrong;
    }

    /// <summary>Tables per label and per category (shares of each outcome), like the Python tool prints.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        Table(text, "label", r => r.Line.Label);
        text.AppendLine();
        Table(text, "category", r => r.Line.Category);
        return text.ToString();
    }

    /// <summary>Every line not answered right, with what came back (development sets only: never print a holdout's lines).</summary>
    public string Misses() =>
        string.Join("\n", Results.Where(r => r.Outcome != UnderstandingOutcome.Right)
            .Select(r => $"{r.Line.Category,-20} {r.Line.Label,-12} {r.Outcome,-8} {r.Got,-40} {r.Line.Text}"));

    private void Table(StringBuilder text, string title, Func<(UnderstandingLine Line, UnderstandingOutcome Outcome, string Got), string> key)
    {
        var outcomes = Enum.GetValues<UnderstandingOutcome>();
        text.Append(CultureInfo.InvariantCulture, $"{title,-20} {"n",4}");
        foreach (var o in outcomes)
        {
            text.Append(CultureInfo.InvariantCulture, $" {o.ToString().ToLowerInvariant(),8}");
        }

        text.AppendLine();
        foreach (var group in Results.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal).Append(Results.GroupBy(_ => "all").Single()))
        {
            var n = group.Count();
            text.Append(CultureInfo.InvariantCulture, $"{group.Key,-20} {n,4}");
            foreach (var o in outcomes)
            {
                text.Append(CultureInfo.InvariantCulture, $" {(double)group.Count(r => r.Outcome == o) / n,8:P0}");
            }

            text.AppendLine();
        }
    }

    private double Share(Func<(UnderstandingLine Line, UnderstandingOutcome Outcome, string Got), bool> which)
    {
        var rows = Results.Where(which).ToList();
        return rows.Count == 0 ? 1 : (double)rows.Count(r => r.Outcome == UnderstandingOutcome.Right) / rows.Count;
    }

    private static string Describe(JsonElement response)
    {
        var flow = response.GetProperty("flow").ValueKind == JsonValueKind.String ? response.GetProperty("flow").GetString() : "-";
        var why = response.TryGetProperty("why", out var w) ? w.GetString() : "";
        return $"{flow} [{why}]";
    }

    // Like the Python tool: no marks, đ → d, lower case (punctuation kept does not matter for its two patterns).
    private static string Fold(string text) => VietnameseText.Fold(text);
}
