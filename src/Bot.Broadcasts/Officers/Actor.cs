using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Officers;

/// <summary>Someone acting on alerts: an officer in a chat, or an API client.</summary>
/// <param name="Identity">"telegram:123" for a chat identity, "key:Name" for an API key; recorded in the audit log.</param>
/// <param name="Role">The role granted.</param>
/// <param name="Areas">Area ids the role covers (a province covers its communes; "*" covers all).</param>
/// <param name="Chat">The chat the officer acts from (null for API clients): progress and reports go there.</param>
public sealed record Actor(string Identity, OfficerRole Role, IReadOnlyList<string> Areas, ConversationKey? Chat = null)
{
    /// <summary>The identity of an officer bound to a chat.</summary>
    public static string ChatIdentity(ConversationKey chat) => Bot.Dialogs.Officers.Officer.ChatIdentity(chat);
}
