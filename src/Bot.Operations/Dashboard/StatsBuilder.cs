using Bot.Dialogs.Content;
using Bot.Operations.Analytics;

namespace Bot.Operations.Dashboard;

/// <summary>Folds day counters into what the charts draw.</summary>
public static class StatsBuilder
{
    /// <summary>How many unrecognised phrases the page lists.</summary>
    public const int TopPhrases = 20;

    public static StatsResponse Build(IReadOnlyList<AnalyticsDay> days, ContentBundle content, string storeName)
    {
        var channels = days.SelectMany(d => d.Get(AnalyticsCounters.Conversations).Keys)
            .Concat(days.SelectMany(d => d.Get(AnalyticsCounters.Turns).Keys.Select(k => k.Split('|')[0])))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

        var dayStats = days.Select(d => new DayStats(
                d.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                d.Get(AnalyticsCounters.Conversations).ToDictionary(),
                d.Get(AnalyticsCounters.Turns).Values.Sum()))
            .ToList();

        var routing = new Dictionary<string, long>
        {
            ["matched"] = Sum(days, AnalyticsCounters.Routing, "matched"),
            ["ambiguous"] = Sum(days, AnalyticsCounters.Routing, "ambiguous"),
            ["fallback"] = Sum(days, AnalyticsCounters.Routing, "fallback"),
        };

        var flows = content.Flows.Values.Select(flow => new FlowFunnel(
                flow.Id,
                flow.Title.Get("vi"),
                SumBySuffix(days, AnalyticsCounters.Started, flow.Id),
                SumBySuffix(days, AnalyticsCounters.Finished, flow.Id),
                flow.Nodes.Select(node => Step(days, flow, node)).ToList()))
            .ToList();

        var phrases = days.SelectMany(d => d.Get(AnalyticsCounters.Fallback))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .Select(g => new PhraseCount(g.Key, g.Sum(p => p.Value)))
            .OrderByDescending(p => p.Count)
            .ThenBy(p => p.Text, StringComparer.Ordinal)
            .Take(TopPhrases)
            .ToList();

        return new StatsResponse(dayStats[0].Date, dayStats[^1].Date, storeName, channels, dayStats, routing, flows, phrases);
    }

    private static FunnelStep Step(IReadOnlyList<AnalyticsDay> days, FlowDefinition flow, NodeDefinition node)
    {
        var field = AnalyticsCounters.Field(flow.Id, node.Id);
        var entered = Sum(days, AnalyticsCounters.Entered, field);
        var continued = Sum(days, AnalyticsCounters.Continued, field);
        var final = AnalyticsRecorder.IsFinal(node);

        // A final step is where residents are meant to stop; elsewhere whoever did not go on dropped off.
        var dropped = final ? 0 : Math.Max(0, entered - continued);
        return new FunnelStep(node.Id, Label(node), entered, continued, dropped, final);
    }

    private static string Label(NodeDefinition node)
    {
        var text = node.Text.Get("vi");
        return text.Length <= 48 ? text : text[..47].TrimEnd() + "…";
    }

    private static long Sum(IReadOnlyList<AnalyticsDay> days, string counter, string field) =>
        days.Sum(d => d.Get(counter).GetValueOrDefault(field));

    private static long SumBySuffix(IReadOnlyList<AnalyticsDay> days, string counter, string flowId) =>
        days.Sum(d => d.Get(counter).Where(p => p.Key.EndsWith("|" + flowId, StringComparison.Ordinal)).Sum(p => p.Value));
}
