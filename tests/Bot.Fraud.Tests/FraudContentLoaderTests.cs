using Bot.Dialogs.Content;
using Bot.Fraud.Config;

namespace Bot.Fraud.Tests;

/// <summary>Editors get a file, a line and a fix for mistakes in content/fraud.</summary>
public sealed class FraudContentLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fraud-content-").FullName;

    public FraudContentLoaderTests()
    {
        foreach (var file in Directory.GetFiles(TestContent.FraudFolder, "*.yaml"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_folder, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    [Fact]
    public void TheRepositoryContentLoads()
    {
        var content = FraudContentLoader.Load(_folder);
        Assert.Contains(content.Rules, r => r.Code == "otp_request");
        Assert.Contains("gov.vn", content.Lists.OfficialDomains);
    }

    [Fact]
    public void AWeightOutOfRangeIsReportedWithItsLine()
    {
        Edit("rules.yaml", "weight: 0.7\n    text:\n      vi: \"yêu cầu cung cấp mã OTP\"", "weight: 7\n    text:\n      vi: \"yêu cầu cung cấp mã OTP\"");
        var error = Assert.Throws<ContentLoadException>(() => FraudContentLoader.Load(_folder));
        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal("fraud/rules.yaml", diagnostic.Location.File);
        Assert.True(diagnostic.Location.Line > 1);
        Assert.Contains("'otp_request' needs a weight between 0 and 1", diagnostic.Message);
    }

    [Fact]
    public void AnUnbalancedPhraseAndAnUnknownCombinationAreReported()
    {
        Edit("rules.yaml", "\"tài khoản (an toàn|", "\"tài khoản ((an toàn|");
        Edit("rules.yaml", "requires: [claims_authority, money_request]", "requires: [claims_authority, money_requets]");
        var error = Assert.Throws<ContentLoadException>(() => FraudContentLoader.Load(_folder));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("has a '(' without its ')'"));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("requires 'money_requets', which is not a rule"));
    }

    [Fact]
    public void AMissingMessageIsNamed()
    {
        Edit("messages.yaml", "  disclaimer:", "  disclaimer_old:");
        var error = Assert.Throws<ContentLoadException>(() => FraudContentLoader.Load(_folder));
        Assert.Contains(error.Diagnostics, d => d.Message == "text 'disclaimer' is missing under 'texts:'");
    }

    [Fact]
    public void AWrongCapAnUnlessWithoutRequiresAndAStraySymbolAreReported()
    {
        Edit("rules.yaml", "    cap: medium", "    cap: high");
        Edit("rules.yaml", "  - code: merger_pretext\n    weight: 0.25", "  - code: merger_pretext\n    unless: [urgency]\n    weight: 0.25");
        Edit("rules.yaml", "\"kê khai tài sản\"", "\"kê khai (tài sản)?\"");
        var error = Assert.Throws<ContentLoadException>(() => FraudContentLoader.Load(_folder));
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("cap: 'high' is not a risk level") && d.Fix == "write cap: medium or cap: low");
        Assert.Contains(error.Diagnostics, d => d.Message == "rule 'merger_pretext': unless: only works with requires:");
        Assert.Contains(error.Diagnostics, d => d.Message.Contains("has '?', which is neither a word nor *, # or $"));
    }
}
