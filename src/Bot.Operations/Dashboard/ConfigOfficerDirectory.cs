using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Dashboard;

/// <summary>Officers listed under <c>Admin:Officers</c>.</summary>
public sealed class ConfigOfficerDirectory(IOptionsMonitor<AdminOptions> options) : IOfficerDirectory
{
    public ValueTask<Officer?> FindByChatAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ToOfficer(options.CurrentValue.Officers.FirstOrDefault(o =>
            string.Equals(o.Channel, chat.Channel, StringComparison.Ordinal) && string.Equals(o.ChatId, chat.ChatId, StringComparison.Ordinal))));

    public ValueTask<Officer?> FindByIdAsync(string officerId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ToOfficer(options.CurrentValue.Officers.FirstOrDefault(o => string.Equals(o.Id, officerId, StringComparison.Ordinal))));

    private static Officer? ToOfficer(OfficerEntry? entry) =>
        entry is null ? null : new Officer(entry.Id, string.IsNullOrWhiteSpace(entry.Name) ? entry.Id : entry.Name, entry.Role);
}
