using System.Collections.Concurrent;

namespace Bot.Channels.Zalo.OfficialAccount.Alerts;

/// <summary>The contact book of a single instance without Redis.</summary>
public sealed class InMemoryZaloContactBook : IZaloContactBook
{
    private readonly ConcurrentDictionary<string, ZaloContact> _contacts = new(StringComparer.Ordinal);

    public ValueTask InteractedAsync(string userId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _contacts.AddOrUpdate(userId, new ZaloContact(at, null), (_, c) => c with { LastInteraction = at });
        return ValueTask.CompletedTask;
    }

    public ValueTask FollowsAsync(string userId, bool follows, CancellationToken cancellationToken)
    {
        _contacts.AddOrUpdate(userId, new ZaloContact(null, follows), (_, c) => c with { Follows = follows });
        return ValueTask.CompletedTask;
    }

    public ValueTask<ZaloContact> GetAsync(string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_contacts.TryGetValue(userId, out var c) ? c : new ZaloContact(null, null));
}
