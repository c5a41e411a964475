using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;

namespace Bot.Content.Hosting.Tests;

/// <summary>Residents mid-dialog are never stranded by a content update, a removal or a rollback.</summary>
public sealed class VersionedConversationTests
{
    private const string Apology = "Xin lỗi, phần hướng dẫn vừa được cập nhật";
    private const string ErrorText = "Xin lỗi, hệ thống đang gặp sự cố";

    private static readonly ConversationKey Resident = new("web", "resident-1");

    private static async Task<TurnResult> SendAsync(TurnProcessor turns, string payloadOrText, ConversationKey? key = null)
    {
        var input = payloadOrText.Contains(':', StringComparison.Ordinal)
            ? InboundMessage.FromPayload(payloadOrText, Guid.NewGuid().ToString("N"))
            : InboundMessage.FromText(payloadOrText, Guid.NewGuid().ToString("N"));
        return await turns.ProcessAsync(key ?? Resident, input);
    }

    private static string Texts(TurnResult result) => string.Join("\n", result.Replies.Select(r => r.Text));

    [Fact]
    public async Task EditedStepThatStillExistsLetsTheResidentContinue()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var turns = new TurnProcessor(new InMemoryConversationStore(), bot.Runtime);
        await SendAsync(turns, "f:eid");
        var atChip = await SendAsync(turns, "b:eid:intro:ask_chip");
        Assert.Equal("ask_chip", atChip.NodeId);

        sandbox.ReplaceInEid("Bạn đã có thẻ căn cước", "Bạn có thẻ căn cước");
        Assert.True((await bot.Reloader.ReloadAsync("edit")).Swapped);
        var next = await SendAsync(turns, "b:eid:ask_chip:yes");

        Assert.Equal(("eid", "ask_sim"), (next.FlowId, next.NodeId));
        Assert.DoesNotContain(Apology, Texts(next), StringComparison.Ordinal);
        var record = (await turns.Store.LoadAsync(Resident, null, CancellationToken.None)).Record!;
        Assert.Equal(bot.Version, record.ContentVersion);
    }

    [Fact]
    public async Task RemovedStepGivesAShortApologyAndTheFlowStart()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var turns = new TurnProcessor(new InMemoryConversationStore(), bot.Runtime);
        var atFix = await SendAsync(turns, "f:eid.fix_sim");
        Assert.Equal("fix_sim", atFix.NodeId);

        sandbox.RemoveEidStep("fix_sim", replacementTarget: "level2");
        Assert.True((await bot.Reloader.ReloadAsync("removal")).Swapped);
        var stale = await SendAsync(turns, "b:eid:fix_sim:level2");

        Assert.StartsWith(Apology, stale.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(("eid", "intro"), (stale.FlowId, stale.NodeId));
        Assert.Contains(stale.Replies, r => r.Buttons.Any(b => b.Label == "Tôi muốn làm mức 2"));

        var typed = await SendAsync(turns, "1");
        Assert.Equal("ask_chip", typed.NodeId);
    }

    [Fact]
    public async Task AfterRollbackTheResidentOnARestoredStepContinues()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var original = bot.Version;
        var turns = new TurnProcessor(new InMemoryConversationStore(), bot.Runtime);
        await SendAsync(turns, "f:eid.fix_sim");

        sandbox.RemoveEidStep("fix_sim", replacementTarget: "level2");
        await bot.Reloader.ReloadAsync("removal");
        await bot.Reloader.RollbackAsync(original);
        var next = await SendAsync(turns, "b:eid:fix_sim:level2");

        Assert.Equal(original, bot.Version);
        Assert.Equal("level2", next.NodeId);
        Assert.DoesNotContain(Apology, Texts(next), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReloadsUnderLoadFailNoTurn()
    {
        using var sandbox = new ContentSandbox();
        await using var bot = await ReloaderFixture.StartAsync(sandbox);
        var original = File.ReadAllText(sandbox.EidPath);
        sandbox.RemoveEidStep("fix_sim", replacementTarget: "level2");
        var without = File.ReadAllText(sandbox.EidPath);
        var turns = new TurnProcessor(new InMemoryConversationStore(), bot.Runtime);
        string[] script = ["f:eid", "b:eid:intro:ask_chip", "b:eid:ask_chip:no", "b:eid:ask_sim:no", "b:eid:fix_sim:level2", "c:back", "kich hoat vneid", "2", "c:menu", "f:eid.fix_sim"];
        const int Swaps = 8;

        // Residents keep talking until every swap has happened, so the swaps land mid-traffic by construction.
        var swaps = 0;
        var reloading = Task.Run(async () =>
        {
            while (Volatile.Read(ref swaps) < Swaps)
            {
                File.WriteAllText(sandbox.EidPath, swaps % 2 == 0 ? without : original);
                if ((await bot.Reloader.ReloadAsync("load test")).Swapped)
                {
                    Interlocked.Increment(ref swaps);
                }
            }
        });

        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var residents = Enumerable.Range(0, 64).Select(i => Task.Run(async () =>
        {
            var key = new ConversationKey("web", "load-" + i);
            var turnsTaken = 0;
            while (Volatile.Read(ref swaps) < Swaps || turnsTaken < script.Length)
            {
                foreach (var step in script)
                {
                    try
                    {
                        var result = await SendAsync(turns, step, key);
                        turnsTaken++;
                        if (result.Replies.Count == 0 || result.Replies.Any(r => r.Text.StartsWith(ErrorText, StringComparison.Ordinal)))
                        {
                            failures.Add($"{key.ChatId} '{step}': {Texts(result)}");
                        }
                    }
                    catch (Exception ex)
                    {
                        failures.Add($"{key.ChatId} '{step}': {ex.GetType().Name}: {ex.Message}");
                    }
                }
            }
        })).ToList();

        await Task.WhenAll(residents);
        await reloading;

        Assert.Equal(Swaps, swaps);
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(10)));
    }
}
