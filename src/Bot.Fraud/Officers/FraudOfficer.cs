using Bot.Dialogs.Turns;

namespace Bot.Fraud.Officers;

/// <summary>An officer as the scam check needs one: who (for the audit log), where they work, which chat reaches them.</summary>
/// <param name="Identity">"telegram:123": the chat identity the role is bound to; recorded in the audit log.</param>
/// <param name="Role">The role's name ("officer", "approver", "admin"); any role may extend the lists.</param>
/// <param name="AreaId">The commune, province or "*" the role covers.</param>
/// <param name="Chat">Where digests are sent.</param>
public sealed record FraudOfficer(string Identity, string Role, string AreaId, ConversationKey Chat);
