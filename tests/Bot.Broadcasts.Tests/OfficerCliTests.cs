using Bot.Broadcasts.Redis;
using Bot.Dialogs.Turns;
using static Bot.Broadcasts.Tests.BroadcastRig;

namespace Bot.Broadcasts.Tests;

public sealed class OfficerCliTests
{
    [Fact]
    public async Task AdministratorInvitesListsAndRevokesFromTheCommandLine()
    {
        await using var rig = await StartAsync(deliver: false);
        var areas = Path.Combine(RepositoryPaths.RealContent, "areas.yaml");

        var invite = new StringWriter();
        Assert.Equal(0, await OfficerCli.RunAsync(["invite", "--area", "ha-noi", "--role", "approver", "--redis", rig.Redis.ConnectionString, "--areas", areas],
            invite, TextWriter.Null));
        var command = invite.ToString().Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith("/canbo ", StringComparison.Ordinal));

        Assert.Contains("Đã xác nhận", Text(await rig.SayAsync("chief", command)));

        var list = new StringWriter();
        Assert.Equal(0, await OfficerCli.RunAsync(["list", "--redis", rig.Redis.ConnectionString], list, TextWriter.Null));
        Assert.Contains($"{Channel}:chief\tapprover\tha-noi", list.ToString());

        Assert.Equal(0, await OfficerCli.RunAsync(["revoke", $"{Channel}:chief", "--redis", rig.Redis.ConnectionString], TextWriter.Null, TextWriter.Null));
        Assert.Null(await rig.Officers.GetAsync(new ConversationKey(Channel, "chief"), default));
    }

    [Fact]
    public async Task ListingBeforeAnyoneEnrolledSaysZeroOfficersAndThePendingInvites()
    {
        await using var rig = await StartAsync(deliver: false);
        var areas = Path.Combine(RepositoryPaths.RealContent, "areas.yaml");

        var empty = new StringWriter();
        Assert.Equal(0, await OfficerCli.RunAsync(["list", "--redis", rig.Redis.ConnectionString], empty, TextWriter.Null));
        Assert.Equal("0 officers, 0 invites pending", empty.ToString().Trim());

        foreach (var role in new[] { "officer", "approver" })
        {
            Assert.Equal(0, await OfficerCli.RunAsync(["invite", "--area", "ha-noi", "--role", role, "--redis", rig.Redis.ConnectionString, "--areas", areas],
                TextWriter.Null, TextWriter.Null));
        }

        var invited = new StringWriter();
        Assert.Equal(0, await OfficerCli.RunAsync(["list", "--redis", rig.Redis.ConnectionString], invited, TextWriter.Null));
        Assert.Equal("0 officers, 2 invites pending", invited.ToString().Trim());
    }

    [Fact]
    public async Task InviteForAnUnknownAreaOrRoleIsRefusedWithAHint()
    {
        await using var rig = await StartAsync(deliver: false);
        var error = new StringWriter();

        Assert.Equal(1, await OfficerCli.RunAsync(["invite", "--area", "quan-1", "--role", "officer", "--redis", rig.Redis.ConnectionString,
            "--areas", Path.Combine(RepositoryPaths.RealContent, "areas.yaml")], TextWriter.Null, error));
        Assert.Contains("unknown area 'quan-1'", error.ToString());

        Assert.Equal(1, await OfficerCli.RunAsync(["invite", "--area", "ha-noi", "--role", "boss", "--redis", rig.Redis.ConnectionString],
            TextWriter.Null, error));
    }
}
