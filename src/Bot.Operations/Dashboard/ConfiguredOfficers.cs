using Bot.Dialogs.Officers;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>Officers listed under <c>Admin:Officers</c>: they may open the dashboard even where no officer store is deployed.</summary>
public sealed class ConfiguredOfficers(IOptionsMonitor<AdminOptions> options)
{
    /// <summary>The configured officer whose private chat this is, or null.</summary>
    public Officer? FindByChat(ConversationKey chat) => ToOfficer(options.CurrentValue.Officers.FirstOrDefault(o =>
        string.Equals(o.Channel, chat.Channel, StringComparison.Ordinal) && string.Equals(o.ChatId, chat.ChatId, StringComparison.Ordinal)));

    /// <summary>The configured officer with this id, or null.</summary>
    public Officer? FindById(string officerId) =>
        ToOfficer(options.CurrentValue.Officers.FirstOrDefault(o => string.Equals(o.Id, officerId, StringComparison.Ordinal)));

    private static Officer? ToOfficer(OfficerEntry? entry) =>
        entry is null ? null : new Officer(entry.Id, entry.Role, "", new ConversationKey(entry.Channel, entry.ChatId),
            string.IsNullOrWhiteSpace(entry.Name) ? entry.Id : entry.Name);
}
