using System.Text.RegularExpressions;
using Bot.Dialogs.Pipeline;
using Bot.Host.Composition;
using Bot.Host.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Tests.Composition;

/// <summary>
/// Who answers a turn first, as the real host composes it: the order is one list in one file
/// (<see cref="TurnPipelineComposition"/>), the running processor follows it, and docs/architecture.md
/// shows the same list.
/// </summary>
public sealed partial class TurnPipelineOrderTests
{
    /// <summary>The order the bot had when it was written as Order numbers (−1200 … 1000): it must not change by accident.</summary>
    private static readonly string[] Expected =
    [
        "AttachmentTurnHandler", //     −1200: photos, stickers, voice…: a caption belongs to its photo
        "OfficerCommandTurnHandler", // −1100: officers' scam-list commands, before the privacy guard sees the scammer's number
        "PrivacyGuardTurnHandler", //   −1000
        "OfficerTurnHandler", //         −700: officers' alert dialog (only with Redis)
        "ScamCheckTurnHandler", //       −500
        "DashboardCommandHandler", //    −100
        "SubscriptionTurnHandler", //     −50
        "UnderstandingStage", //         1000: last, so every plug-in sees its exact input first
    ];

    [Fact]
    public async Task WithRedisEveryFeatureHandlerRunsInTheComposedOrderAndTheUnderstandingStageLast()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var host = new BotFactory
        {
            Settings = { ["Redis:ConnectionString"] = redis.Endpoint, ["Redis:KeyPrefix"] = "pipeline:" },
        };

        var turns = host.Services.GetRequiredService<TurnProcessor>();

        Assert.Equal(Expected, turns.Handlers.Select(h => h.GetType().Name));
    }

    [Fact]
    public async Task WithoutRedisTheOfficersAlertDialogIsLeftOutAndTheRestKeepTheirOrder()
    {
        await using var host = new BotFactory();

        var turns = host.Services.GetRequiredService<TurnProcessor>();

        Assert.Equal(Expected.Where(n => n != "OfficerTurnHandler"), turns.Handlers.Select(h => h.GetType().Name));
    }

    [Fact]
    public void TheCompositionNamesEachHandlerOnceWithThePlugInSlotJustBeforeTheUnderstandingStage()
    {
        var steps = TurnPipelineComposition.Compose().Steps;

        Assert.Equal(Expected, steps.Where(s => s.HandlerType is not null).Select(s => s.HandlerType!.Name));
        Assert.Equal(TurnStep.PlugIns, steps[^2]);
    }

    [Fact]
    public void DocsArchitectureShowsTheSameListInTheSameOrder()
    {
        var architecture = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "architecture.md"));
        var section = architecture[architecture.IndexOf("## Who answers a turn first", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        var documented = section.Split('\n')
            .Where(line => line.StartsWith('|'))
            .Select(line => StepInRow().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();

        Assert.Equal(TurnPipelineComposition.Compose().Steps.Select(s => s.Name), documented);
    }

    /// <summary>The step a table row names first: <c>`Use&lt;PrivacyGuardTurnHandler&gt;()`</c> or <c>`UsePlugIns()`</c>.</summary>
    [GeneratedRegex(@"`(Use<\w+>\(\)|UsePlugIns\(\))`")]
    private static partial Regex StepInRow();
}
