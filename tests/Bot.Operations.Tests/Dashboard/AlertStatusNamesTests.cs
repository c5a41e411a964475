using System.Text.RegularExpressions;
using Bot.Broadcasts.Alerts;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>The dashboard names alert statuses exactly as the admin API and the officers' chat do.</summary>
public sealed partial class AlertStatusNamesTests
{
    [GeneratedRegex(@"const ALERT_STATUS_NAMES = \{(?<pairs>[^}]*)\}")]
    private static partial Regex Table();

    [GeneratedRegex(@"(?<name>[a-z_]+): ""(?<label>[^""]+)""")]
    private static partial Regex Pair();

    [Fact]
    public void EveryAlertStatusHasTheSameVietnameseLabelOnTheDashboard()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "Bot.Operations", "wwwroot", "dashboard.js"));
        var table = Table().Match(script);
        Assert.True(table.Success, "dashboard.js has no ALERT_STATUS_NAMES table");

        var labels = Pair().Matches(table.Groups["pairs"].Value).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["label"].Value);

        Assert.Equal(AlertStatus.All.Order(), labels.Keys.Order());
        Assert.All(AlertStatus.All, s => Assert.Equal(AlertStatus.Vietnamese(s), labels[s]));
    }
}
