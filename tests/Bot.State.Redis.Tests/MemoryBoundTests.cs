using Bot.Dialogs.Turns;
using Bot.State.Redis.Tests.Infrastructure;

namespace Bot.State.Redis.Tests;

/// <summary>The memory a conversation's de-duplication costs, as docs/redis-schema.md states it (Redis's own MEMORY USAGE).</summary>
public sealed class MemoryBoundTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task MarksAndKeptAnswersCostWhatTheSchemaDocumentSays()
    {
        await using var bot = await TestBot.StartAsync(redis.ConnectionString, TestBot.NewPrefix());
        var keys = new ConversationKeys(bot.Options.KeyPrefix);
        var db = bot.Redis.GetDatabase();
        var platform = new ConversationKey("telegram", "777000111");
        var web = new ConversationKey("web", "page-memory");

        var sizes = new List<string>();
        for (var i = 1; i <= 200; i++)
        {
            await bot.SendAsync(platform, "c:help", "t" + i);
            if (i is 100 or 200)
            {
                // SAMPLES 0 counts every mark. Redis's default estimates from 5 elements, and in a skiplist each node's size
                // depends on its random level, so the estimate for 200 marks moved by ±15 % from run to run (24,320 B once).
                var bytes = (long)await db.ExecuteAsync("MEMORY", "USAGE", (string)keys.Marks(platform)!, "SAMPLES", 0);
                sizes.Add($"{i} marks: {bytes} B");
                // Measured: 2,136 B for 100 (listpack, up to 128 marks), 21,120 B for 200 (skiplist).
                Assert.True(bytes <= i * (i <= 128 ? 24 : 120), $"{i} marks cost {bytes} bytes");
            }
        }

        var longest = 0L;
        foreach (var flow in TestBot.Engine.Content.Flows.Keys)
        {
            var run = await bot.SendKeptAsync(web, "f:" + flow, "w-" + flow + "-" + Guid.NewGuid().ToString("N"));
            Assert.NotNull(run.Result);
        }

        foreach (var entry in await db.HashGetAllAsync(keys.Answers(web)))
        {
            longest = Math.Max(longest, ((byte[])entry.Value!).Length);
        }

        var answers = (long)await db.ExecuteAsync("MEMORY", "USAGE", (string)keys.Answers(web)!, "SAMPLES", 0);
        var count = await db.HashLengthAsync(keys.Answers(web));
        sizes.Add($"{count} kept answers: {answers} B, longest {longest} B");
        Assert.Equal(TestBot.Engine.Content.Flows.Count, count);
        Assert.True(longest <= 1_200, string.Join("; ", sizes)); // sealed: compressed and encrypted (measured: ≤ 566 B)
        Assert.True(answers <= count * 900, string.Join("; ", sizes)); // measured: about 625 B per kept answer
    }
}
