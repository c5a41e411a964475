using Bot.Dialogs.State;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.State.Redis.Tests;

/// <summary>How <c>AddRedisState</c> wires the host from configuration.</summary>
public sealed class RegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings, bool coreFirst)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (coreFirst)
        {
            services.TryAddSingleton<IConversationStore, InMemoryConversationStore>(); // what AddBotCore registers
        }

        services.AddRedisState(configuration);
        if (!coreFirst)
        {
            services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        }

        return services.BuildServiceProvider();
    }

    [Fact]
    public void WithoutAConnectionStringTheInMemoryStoreStays()
    {
        using var provider = Build(new() { ["Redis:KeyPrefix"] = "x:" }, coreFirst: true);

        Assert.IsType<InMemoryConversationStore>(provider.GetRequiredService<IConversationStore>());
        Assert.Null(provider.GetService<IConnectionMultiplexer>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WithAConnectionStringRedisReplacesTheInMemoryStoreAndJoinsTheReadinessChecks(bool coreFirst)
    {
        // Nothing listens on port 1: the host must still start (abortConnect=false) and report Redis as down.
        using var provider = Build(new() { ["Redis:ConnectionString"] = "127.0.0.1:1,connectTimeout=200" }, coreFirst);

        var store = provider.GetRequiredService<IConversationStore>();
        Assert.IsType<RedisConversationStore>(store);
        Assert.True(store.IsDurable);
        var checks = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Contains(checks, c => c.Name == "redis" && c.Tags.Contains("ready"));
        Assert.Same(provider.GetRequiredService<IConnectionMultiplexer>(), provider.GetRequiredService<IConnectionMultiplexer>());
    }

    [Fact]
    public void AKeyPrefixWithBracesIsRefusedWithAMessageSayingWhatToSet()
    {
        using var provider = Build(new() { ["Redis:ConnectionString"] = "127.0.0.1:1", ["Redis:KeyPrefix"] = "{bot}:" }, coreFirst: true);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RedisStateOptions>>().Value);
        Assert.Contains("Redis:KeyPrefix", error.Message);
        Assert.Contains("without braces", error.Message);
    }

    [Fact]
    public void DurationsAreReadFromConfiguration()
    {
        using var provider = Build(new()
        {
            ["Redis:ConnectionString"] = "127.0.0.1:1",
            ["Redis:ConversationTtl"] = "7.00:00:00",
            ["Redis:DeduplicationWindow"] = "02:00:00",
        }, coreFirst: true);

        var options = provider.GetRequiredService<IOptions<RedisStateOptions>>().Value;
        Assert.Equal((TimeSpan.FromDays(7), TimeSpan.FromHours(2), "bot:"), (options.ConversationTtl, options.DeduplicationWindow, options.KeyPrefix));
    }

    [Fact]
    public void EveryFeatureThatAsksForRedisSharesOneConnectionAndOneReadinessCheck()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = "127.0.0.1:1,connectTimeout=200",
        }).Build();
        var services = new ServiceCollection().AddLogging();

        // The state store, broadcasts, the scam check, operations and Zalo each ask for the connection.
        services.AddRedisState(configuration);
        for (var feature = 0; feature < 4; feature++)
        {
            Assert.True(services.AddRedisConnection(configuration));
        }

        using var provider = services.BuildServiceProvider();
        Assert.Single(services, d => d.ServiceType == typeof(IConnectionMultiplexer));
        var checks = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        Assert.Equal(new[] { "redis" }, checks.Select(c => c.Name));
    }

    [Fact]
    public void EachFeatureWritesUnderTheKeySpaceItsSettingNames()
    {
        using var provider = Build(new()
        {
            ["Redis:ConnectionString"] = "127.0.0.1:1",
            ["Redis:KeyPrefix"] = "hn:",
            ["Broadcasts:KeyPrefix"] = "hn-bc:",
        }, coreFirst: true);

        var spaces = provider.GetRequiredService<RedisKeySpaces>();
        Assert.Equal(("hn:", "hn:analytics:", "hn-bc:", "fraud:"), (spaces.Conversations, spaces.Analytics, spaces.Broadcasts, spaces.Fraud));
    }

    [Fact]
    public void AFeaturePrefixWithBracesIsRefusedWithTheSettingToChange()
    {
        using var provider = Build(new() { ["Redis:ConnectionString"] = "127.0.0.1:1", ["Fraud:RedisKeyPrefix"] = "{fraud}:" }, coreFirst: true);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RedisKeySpaces>());
        Assert.Contains("Fraud:RedisKeyPrefix", error.Message);
    }
}
