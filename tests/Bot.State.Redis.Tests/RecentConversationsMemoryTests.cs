using Bot.Dialogs.Turns;
using Xunit.Abstractions;

namespace Bot.State.Redis.Tests;

/// <summary>
/// What the per-instance cache of recent conversations costs in memory. Measured with the whole heap, so it runs
/// alone: other test classes allocating at the same time (hosts, redis clients) would be counted as the cache's.
/// </summary>
[Collection(HeapMeasurement.Name)]
public sealed class RecentConversationsMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void ACachedConversationCostsAboutOneAndAHalfKilobytesOfMemory()
    {
        // A long conversation: ten steps of history and two answers, each record decoded on its own
        // (no strings shared between entries, as after a load from Redis).
        var stored = RecordCodec.Encode(new Bot.Dialogs.State.ConversationRecord
        {
            Flow = "eid", Node = "ask_phone", ContentVersion = "abc123def456",
            History = ["menu", "eid/intro", "eid/ask_chip", "eid/ask_sim", "eid/level2", "eid/level2_steps", "eid/activate", "eid/activate2", "eid/trouble", "eid/ask_sms"],
            Answers = new Dictionary<string, string> { ["chip_card"] = "yes", ["own_sim"] = "yes" },
            Turns = 11, UpdatedAt = DateTimeOffset.FromUnixTimeSeconds(1_764_000_000),
        });
        const int conversations = 5_000;
        var cache = new RecentConversations(conversations);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        for (var i = 0; i < conversations; i++)
        {
            cache.Put(new ConversationKey("telegram", (100_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                RecordCodec.TryDecode(stored)!, 1_764_000_000_000L + i, ConversationKeys.MarkHash("u" + i));
        }

        var perConversation = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)conversations;
        GC.KeepAlive(cache);
        output.WriteLine($"{perConversation:0} bytes per cached conversation");

        // Measured 2026-12-05: 1,412 bytes (docs/benchmarks.md); the default 10,000 conversations cost about 14 MB.
        Assert.Equal(conversations, cache.Count);
        Assert.InRange(perConversation, 200, 2_000);
    }
}
