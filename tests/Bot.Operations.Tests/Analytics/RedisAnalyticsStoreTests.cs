using System.Text.RegularExpressions;
using Bot.Fraud.Privacy;
using Bot.Operations.Analytics;
using Bot.Operations.Redis;
using Bot.Operations.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Tests.Analytics;

public class RedisAnalyticsStoreTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public async Task CountsAddUpAcrossBatchesAndExpireAfterTheRetentionPeriod()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var connection = await redis.ConnectAsync();
        var store = new RedisAnalyticsStore(connection, Options.Create(new AnalyticsOptions { RetentionDays = 90 }));

        await store.AddAsync([new(Today, AnalyticsCounters.Conversations, "telegram", 2), new(Today, AnalyticsCounters.Conversations, "web", 1)], default);
        await store.AddAsync([new(Today, AnalyticsCounters.Conversations, "telegram", 3)], default);

        var days = await store.ReadAsync(Today.AddDays(-1), Today, default);
        Assert.Equal(2, days.Count);
        Assert.Empty(days[0].Counters);
        Assert.Equal(5, days[1].Get(AnalyticsCounters.Conversations)["telegram"]);
        Assert.Equal(1, days[1].Get(AnalyticsCounters.Conversations)["web"]);

        var ttl = await connection.GetDatabase().KeyTimeToLiveAsync(store.KeyOf(Today, AnalyticsCounters.Conversations));
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(89), TimeSpan.FromDays(90));
    }

    [Fact]
    public async Task UnrecognisedPhrasesBeyondTheDailyCapAreCountedTogether()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var connection = await redis.ConnectAsync();
        var store = new RedisAnalyticsStore(connection, Options.Create(new AnalyticsOptions { MaxFallbackPhrasesPerDay = 10 }));

        var phrases = Enumerable.Range(1, 25).Select(i => new AnalyticsIncrement(Today, AnalyticsCounters.Fallback, "câu hỏi " + new string('x', i), 1)).ToList();
        await store.AddAsync(phrases, default);
        await store.AddAsync([new(Today, AnalyticsCounters.Fallback, "câu hỏi x", 4)], default); // already kept: still counted on its own

        var fallback = (await store.ReadAsync(Today, Today, default))[0].Get(AnalyticsCounters.Fallback);
        Assert.True(fallback.Count <= 11, $"the hash grew to {fallback.Count} fields");
        Assert.Equal(5, fallback["câu hỏi x"]);
        Assert.Equal(25 + 4, fallback.Values.Sum());
        Assert.True(fallback[AnalyticsCounters.OtherPhrases] >= 15);
    }

    [Fact]
    public async Task WhatResidentsTypeReachesRedisOnlyMasked()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var connection = await redis.ConnectAsync();
        var options = Options.Create(new AnalyticsOptions());
        var store = new RedisAnalyticsStore(connection, options);
        var buffer = new AnalyticsBuffer(store, options, Microsoft.Extensions.Logging.Abstractions.NullLogger<AnalyticsBuffer>.Instance);
        var masker = new PrivacyGuardTextMasker();

        foreach (var typed in new[] { "cccd 001203004567 bị khóa", "số tôi 0912345678", "otp 482913 là gì" })
        {
            buffer.Add(Today, AnalyticsCounters.Fallback, masker.Mask(typed));
        }

        await buffer.FlushAsync(default);
        var dump = string.Join("\n", await RedisContents.DumpAsync(connection));
        Assert.Contains("bị khóa", dump);
        Assert.DoesNotMatch(new Regex(@"\d{6,}"), dump.Replace("2026-11-28", ""));
    }
}
