using System.Reflection;
using ArchUnitNET.Fluent;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;
using static Bot.Architecture.Tests.BotAssemblies;

namespace Bot.Architecture.Tests;

/// <summary>
/// The dependency rules of docs/architecture.md, checked on the compiled code so the next change that
/// breaks one fails here, naming the type and what it reached for.
/// </summary>
public sealed class DependencyRuleTests
{
    [Fact]
    public void TheCoreKnowsNoHostNoPlatformAndNoStorage()
    {
        Types().That().ResideInAssembly(Core).Should()
            .NotDependOnAny(TypesIn([BotAssemblies.Host, .. BotAssemblies.Channels, .. Storage, .. Features.SelectMany(f => f), RedisClient, TelegramClient]))
            .Because("Bot.Dialogs is the channel-neutral core: everything else depends on it, never the other way")
            .Check(Code);
    }

    [Fact]
    public void ChannelsNeverKnowEachOther()
    {
        foreach (var channel in BotAssemblies.Channels)
        {
            Types().That().ResideInAssembly(channel).Should()
                .NotDependOnAny(TypesIn([.. BotAssemblies.Channels.Where(c => c != channel)]))
                .Because("a platform plugs in through the core's channel adapter contract, so a deployment may leave any one out")
                .Check(Code);
        }
    }

    [Fact]
    public void ChannelsAndFeaturesKnowNoStorageProject()
    {
        Types().That().ResideInAssembly(BotAssemblies.Channels[0], [.. BotAssemblies.Channels[1..], .. Features.SelectMany(f => f)]).Should()
            .NotDependOnAny(TypesIn(Storage))
            .Because("features declare storage ports with in-memory twins; the Redis adapters plug in from outside")
            .Check(Code);
    }

    [Fact]
    public void OnlyStorageProjectsUseTheRedisClient()
    {
        RedisUsersOutsideStorage().Check(Code);
    }

    [Fact]
    public void OnlyTheOwnerOpensTheRedisConnection()
    {
        var others = Ours.Where(a => a != Storage[0]).ToArray();
        OpensNoConnection(others).Check(Code);

        // Aimed at the owner the rule must fail (it connects), or the check above proves nothing.
        Assert.False(OpensNoConnection([Storage[0]]).HasNoViolations(Code));
    }

    [Fact]
    public void FeaturesReachEachOtherOnlyThroughCorePorts()
    {
        foreach (var feature in Features)
        {
            var others = Features.Where(f => f != feature).SelectMany(f => f).ToArray();
            Types().That().ResideInAssembly(feature[0], feature[1..]).Should()
                .NotDependOnAny(TypesIn([.. others, .. BotAssemblies.Channels, BotAssemblies.Host]))
                .Because("features meet through the core's ports (IOfficerDirectory, IAuditLog, ITextMasker …), never directly")
                .Check(Code);
        }
    }

    [Fact]
    public void TheRedisRuleSeesARedisUserWhenThereIsOne()
    {
        // The storage owner itself uses the client: the same rule aimed at it must fail, or the rule above proves nothing.
        var aimedAtTheOwner = Types().That().ResideInAssembly(Storage[0]).Should().NotDependOnAny(TypesIn([RedisClient]));

        Assert.False(aimedAtTheOwner.HasNoViolations(Code));
        Assert.True(RedisUsersOutsideStorage().HasNoViolations(Code));
    }

    /// <summary>The types of <paramref name="assemblies"/> kept off the concrete <c>ConnectionMultiplexer</c> (its <c>Connect</c> opens a connection).</summary>
    private static IArchRule OpensNoConnection(Assembly[] assemblies) =>
        Types().That().ResideInAssembly(assemblies[0], assemblies[1..]).Should()
            .NotDependOnAny(Types().That().HaveFullName(typeof(StackExchange.Redis.ConnectionMultiplexer).FullName!))
            .Because("AddRedisConnection (Bot.State.Redis) opens the one connection; every adapter takes the shared IConnectionMultiplexer");

    /// <summary>Every project but the storage ones, kept off the Redis client.</summary>
    private static IArchRule RedisUsersOutsideStorage()
    {
        var notStorage = Ours.Except(Storage).ToArray();
        return Types().That().ResideInAssembly(notStorage[0], notStorage[1..]).Should()
            .NotDependOnAny(TypesIn([RedisClient]))
            .Because("Redis has one owner (Bot.State.Redis) and each feature's adapters live in its Redis project");
    }

    private static ArchUnitNET.Fluent.Syntax.Elements.Types.GivenTypesConjunction TypesIn(Assembly[] assemblies) =>
        Types().That().ResideInAssembly(assemblies[0], assemblies[1..]);
}
