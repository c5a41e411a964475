using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Officers;

/// <summary>
/// Someone who acts for the police through the bot: an officer enrolled with an invite code (a role
/// bound to one chat) or one listed in configuration. The one officer model every feature shares.
/// </summary>
/// <param name="Id">"telegram:123" for an enrolled officer (see <see cref="ChatIdentity"/>), the configured id otherwise; written to the audit log and carried in signed dashboard links.</param>
/// <param name="Role">"officer", "approver" or "admin" (configuration may also name "editor").</param>
/// <param name="AreaId">The commune, province or "*" the role covers; empty when configuration names none.</param>
/// <param name="Chat">The chat that reaches them (digests, progress reports), or null.</param>
/// <param name="Name">Shown on the dashboard; empty means "role · area".</param>
/// <param name="Since">When the role was granted, when known.</param>
public sealed record Officer(string Id, string Role, string AreaId, ConversationKey? Chat, string Name = "", DateTimeOffset? Since = null)
{
    /// <summary>What the dashboard shows for them.</summary>
    public string DisplayName => Name.Length > 0 ? Name : $"{Role} · {AreaId}";

    /// <summary>The id of an officer enrolled from <paramref name="chat"/>: "channel:chatId".</summary>
    public static string ChatIdentity(ConversationKey chat) => chat.Channel + ":" + chat.ChatId;
}
