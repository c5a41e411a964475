using Bot.Admin;
using Bot.Broadcasts.Web;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Bot.Operations.Dashboard;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Tests.Dashboard;

/// <summary>An officer who signs in to the dashboard by the link the chat gives them acts there for the area they hold in chat.</summary>
public sealed class OfficerDirectoryHoldersTests
{
    [Fact]
    public async Task AnOfficerSignedInByTheChatLinkComposesForTheirOwnAreaOnly()
    {
        var officer = new Officer("tg-42", "officer", "phuong-ba-dinh", new ConversationKey("telegram", "42"), "Trần Văn A");
        var holders = new OfficerDirectoryHolders(new DashboardOfficers(new OneOfficer(officer), new ConfiguredOfficers(new Fixed<AdminOptions>(new AdminOptions()))));

        var holder = await holders.FindOfficerAsync("tg-42", CancellationToken.None);

        Assert.NotNull(holder);
        Assert.Equal(["phuong-ba-dinh"], holder.Areas);
        var actor = AdminKeyActors.ToActor(AdminPrincipalExtensions.CreateAdminPrincipal(AdminSessions.OfficerHolder + "tg-42", holder.Name, holder.Role, holder.Areas));
        Assert.NotNull(actor);
        Assert.Equal(["phuong-ba-dinh"], actor.Areas);
        Assert.Null(await holders.FindOfficerAsync("someone-else", CancellationToken.None));
    }

    private sealed class OneOfficer(Officer officer) : IOfficerDirectory
    {
        public ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
            ValueTask.FromResult(officer.Chat == chat ? officer : null);

        public ValueTask<Officer?> FindByIdAsync(string id, CancellationToken cancellationToken) =>
            ValueTask.FromResult(officer.Id == id ? officer : null);

        public ValueTask<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<IReadOnlyList<Officer>>([officer]);

        public bool Covers(Officer candidate, string areaId) => candidate.AreaId == areaId;
    }

    private sealed class Fixed<T>(T value) : IOptionsMonitor<T>
    {
        public T CurrentValue => value;

        public T Get(string? name) => value;

        public IDisposable? OnChange(Action<T, string?> listener) => null;
    }
}
