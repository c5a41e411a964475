namespace Bot.Broadcasts.Officers;

/// <summary>A role bound to one chat identity.</summary>
public sealed record Officer(string Identity, OfficerRole Role, string AreaId, DateTimeOffset Since)
{
    /// <summary>As an actor for permission checks.</summary>
    public Actor ToActor(Bot.Dialogs.Turns.ConversationKey? chat) => new(Identity, Role, [AreaId], chat);
}
