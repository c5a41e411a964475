using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Dialogs.Tests.Tools;

public sealed class ContentValidatorTests
{
    private static readonly TimeProvider Today = new FixedClock(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    private const string GoodFlow = """
        id: demo
        title: { vi: "Thử nghiệm", en: "Demo" }
        start: first
        nodes:
          - id: first
            text: { vi: "Bước đầu.", en: "First step." }
            fact: false
            buttons:
              - label: { vi: "Tiếp", en: "Next" }
                goto: second
          - id: second
            text: { vi: "Bước hai.", en: "Second step." }
            fact: false
        """;

    [Fact]
    public void ShippedContentHasNoErrors()
    {
        var report = ContentValidator.Validate(DraftContent.Shipped, Today);

        var errors = report.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.NotNull(report.Bundle);
    }

    [Fact]
    public void CardContentHasNoErrorsAndNoWarnings()
    {
        var report = ContentValidator.Validate(RepositoryPaths.CardContent, Today);

        Assert.True(report.Diagnostics.Count == 0, string.Join("\n", report.Diagnostics));
    }

    [Fact]
    public void CleanFlowHasNoFindings()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow));

        Assert.DoesNotContain(report.Diagnostics, d => d.Location.File == "flows/demo.yaml");
    }

    [Fact]
    public void StepNoButtonLeadsToIsReportedAsUnreachableWithItsLine()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow + """

              - id: orphan
                text: { vi: "Không ai tới đây.", en: "Nobody comes here." }
                fact: false
            """));

        var finding = Assert.Single(report.Diagnostics, d => d.Message.Contains("'orphan' cannot be reached", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Equal("flows/demo.yaml:14:5", finding.Location.ToString());
        Assert.Contains("goto: orphan", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void StepWithoutNavigationAndWithoutButtonsIsADeadEnd()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow + "\n    nav: false\n"));

        Assert.True(report.HasErrors);
        var finding = Assert.Single(report.Diagnostics, d => d.Message.Contains("dead end", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.StartsWith("flows/demo.yaml:11:5:", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LeafStepWithNavigationIsNotADeadEnd()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow));

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("dead end", StringComparison.Ordinal));
    }

    [Fact]
    public void ExamplePhraseInTwoFlowsIsReportedWhateverTheDiacritics()
    {
        var report = Validate(
            ("flows/demo.yaml", GoodFlow.Replace("start: first", "examples: [kích hoạt vneid]\nstart: first", StringComparison.Ordinal)),
            ("flows/other.yaml", GoodFlow.Replace("id: demo", "id: other", StringComparison.Ordinal)
                .Replace("start: first", "examples: [kich hoat VNeID]\nstart: first", StringComparison.Ordinal)));

        Assert.Contains(report.Diagnostics, d => d.Message.Contains("is also an example of flow", StringComparison.Ordinal)
                                                 && d.Location.File == "flows/other.yaml" && d.Location.Line == 3);
    }

    [Fact]
    public void TextLongerThanZaloAllowsIsAnError()
    {
        var longText = string.Join(" ", Enumerable.Repeat("Mang thẻ căn cước đến công an xã.", 70));
        var report = Validate(("flows/demo.yaml", GoodFlow.Replace("Bước hai.", longText, StringComparison.Ordinal)));

        var finding = Assert.Single(report.Diagnostics, d => d.Message.Contains("Zalo sends at most 2000", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
    }

    [Fact]
    public void LongButtonLabelsWarnAndOverlongOnesFail()
    {
        var wordy = "Tôi muốn biết thêm về cách làm tài khoản mức hai";
        var huge = string.Concat(Enumerable.Repeat("Rất dài ", 14));
        var report = Validate(("flows/demo.yaml", GoodFlow
            .Replace("vi: \"Tiếp\"", $"vi: \"{wordy}\"", StringComparison.Ordinal)
            .Replace("en: \"Next\"", $"en: \"{huge}\"", StringComparison.Ordinal)));

        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("(vi)", StringComparison.Ordinal)
                                                 && d.Message.Contains("phones cut labels", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message.Contains("(en)", StringComparison.Ordinal)
                                                 && d.Message.Contains("at most 100", StringComparison.Ordinal));
    }

    [Fact]
    public void MoreThanFiveButtonsWarnsAboutTheNumberedListOnZalo()
    {
        var buttons = string.Concat(Enumerable.Range(1, 6).Select(i => $"""

                  - id: b{i}
                    label: {"{"} vi: "Lựa chọn {i}", en: "Choice {i}" {"}"}
                    goto: second
            """));
        var report = Validate(("flows/demo.yaml", GoodFlow.Replace("""
                  - label: { vi: "Tiếp", en: "Next" }
                    goto: second
            """.TrimEnd(), buttons.TrimStart('\n').TrimEnd(), StringComparison.Ordinal)));

        var finding = Assert.Single(report.Diagnostics, d => d.Message.Contains("6 buttons", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("numbered list", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingEnglishIsAWarningNotAnError()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow.Replace("{ vi: \"Bước hai.\", en: \"Second step.\" }", "\"Bước hai.\"", StringComparison.Ordinal)));

        Assert.DoesNotContain(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.File == "flows/demo.yaml");
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message == "step 'second' has no English text");
    }

    [Fact]
    public void FactStepWithoutSourceAndReviewOlderThanAYearAreErrors()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow
            .Replace("    text: { vi: \"Bước hai.\", en: \"Second step.\" }\n    fact: false", "    text: { vi: \"Bước hai.\", en: \"Second step.\" }", StringComparison.Ordinal)
            .Replace("    fact: false\n    buttons:", "    source: https://dichvucong.gov.vn\n    reviewed: 2025-06-01\n    buttons:", StringComparison.Ordinal)));

        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Message == "step 'second' states facts but names no source");
        Assert.Contains(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error
                                                 && d.Message.Contains("'first' was last reviewed on 2025-06-01, more than 12 months ago", StringComparison.Ordinal));
    }

    [Fact]
    public void OutdatedTermIsAnErrorPointingAtTheWordsEvenWithoutDiacritics()
    {
        var report = Validate(
            ("flows/demo.yaml", GoodFlow.Replace("Bước hai.", "Nộp hồ sơ tại Cong an Huyen nơi bạn ở.", StringComparison.Ordinal)),
            ("outdated-terms.yaml", """
                terms:
                  - term: "công an huyện"
                    reason: "district police were abolished on 1/3/2025: write 'công an xã, phường'"
                """));

        var finding = Assert.Single(report.Diagnostics, d => d.Message.Contains("outdated term", StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("flows/demo.yaml:12:32: error: step 'second' uses the outdated term 'công an huyện' — district police were abolished on 1/3/2025: write 'công an xã, phường'",
            finding.ToString());
    }

    [Fact]
    public void WordThatOnlyContainsAnOutdatedTermIsNotFlagged()
    {
        var report = Validate(
            ("flows/demo.yaml", GoodFlow.Replace("Bước hai.", "Gặp chị Huyền ở công an xã.", StringComparison.Ordinal)),
            ("outdated-terms.yaml", "terms:\n  - { term: \"công an huyện\", reason: \"abolished\" }\n"));

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("outdated term", StringComparison.Ordinal));
    }

    [Fact]
    public void LinksOutsideTheOfficialListAndMalformedLinksWarn()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow
            .Replace("Bước hai.", "Xem https://dichvucong.gov.vn/p/home hoặc http://dichvucong-gov.vn.bvgov.com/login.", StringComparison.Ordinal)
            .Replace("        goto: second", """
                        goto: second
                      - id: official
                        label: { vi: "Trang chính thức", en: "Official page" }
                        url: https://vneid.gov.vn
                      - id: odd
                        label: { vi: "Trang lạ", en: "Odd page" }
                        url: https://example.com/vneid
                """.TrimEnd(), StringComparison.Ordinal)));

        var links = report.Diagnostics.Where(d => d.Message.Contains("link", StringComparison.Ordinal)).ToList();
        Assert.All(links, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains(links, d => d.Message.Contains("example.com", StringComparison.Ordinal));
        Assert.Contains(links, d => d.Message.Contains("dichvucong-gov.vn.bvgov.com", StringComparison.Ordinal));
        Assert.DoesNotContain(links, d => d.Message.Contains("vneid.gov.vn", StringComparison.Ordinal) && !d.Message.Contains("bvgov", StringComparison.Ordinal));
        Assert.DoesNotContain(links, d => d.Message.Contains("'https://dichvucong.gov.vn/p/home'", StringComparison.Ordinal));
    }

    [Fact]
    public void AllowListFromContentReplacesTheDefault()
    {
        var report = Validate(
            ("flows/demo.yaml", GoodFlow.Replace("Bước hai.", "Tra cứu tại https://vr.org.vn.", StringComparison.Ordinal)),
            ("allowed-links.yaml", "sites: [\"*.gov.vn\", vr.org.vn]\n"));

        Assert.DoesNotContain(report.Diagnostics, d => d.Message.Contains("not on the official list", StringComparison.Ordinal));
    }

    [Fact]
    public void LoaderErrorsComeThroughWithDidYouMean()
    {
        var report = Validate(("flows/demo.yaml", GoodFlow.Replace("    goto: second", "    gotoo: second", StringComparison.Ordinal)));

        Assert.Null(report.Bundle);
        Assert.Contains(report.Diagnostics, d => d.ToString().StartsWith("flows/demo.yaml:10:9: error: unknown key 'gotoo' (did you mean 'goto'?)", StringComparison.Ordinal));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Validates a throwaway copy of the shipped content with <paramref name="files"/> added or replaced.</summary>
    private static ValidationReport Validate(params (string File, string Yaml)[] files)
    {
        using var content = new DraftContent(files);
        return ContentValidator.Validate(content.Folder, Today);
    }
}
