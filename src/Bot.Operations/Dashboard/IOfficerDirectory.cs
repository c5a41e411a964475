using Bot.Dialogs.Turns;

namespace Bot.Operations.Dashboard;

/// <summary>Knows which chats belong to officers (configuration now; the broadcast officer store later).</summary>
public interface IOfficerDirectory
{
    /// <summary>The officer whose private chat this is, or null for a resident.</summary>
    ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>The officer with this id (from a signed link), or null when no longer an officer.</summary>
    ValueTask<Officer?> FindByIdAsync(string officerId, CancellationToken cancellationToken);
}
