using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Officers;

/// <summary>The directory when no officer store is deployed (no Redis): nobody is an officer.</summary>
public sealed class NoOfficers : IOfficerDirectory
{
    public ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) => ValueTask.FromResult<Officer?>(null);

    public ValueTask<Officer?> FindByIdAsync(string id, CancellationToken cancellationToken) => ValueTask.FromResult<Officer?>(null);

    public ValueTask<IReadOnlyList<Officer>> ListAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IReadOnlyList<Officer>>([]);

    public bool Covers(Officer officer, string areaId) => false;
}
