using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Officers;

/// <summary>The broadcast feature's reading of the core <see cref="Officer"/>: the role as a level, and the officer as an <see cref="Actor"/>.</summary>
public static class OfficerActors
{
    /// <summary>The role as a level for permission checks; a name the store would never write counts as the lowest.</summary>
    public static OfficerRole Level(this Officer officer) =>
        OfficerRoles.TryParse(officer.Role, out var role) ? role : OfficerRole.Officer;

    /// <summary>As an actor for permission checks, acting from <paramref name="chat"/>.</summary>
    public static Actor ToActor(this Officer officer, ConversationKey? chat) => new(officer.Id, officer.Level(), [officer.AreaId], chat);
}
