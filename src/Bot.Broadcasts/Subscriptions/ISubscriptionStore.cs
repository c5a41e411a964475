using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Subscriptions;

/// <summary>Residents' subscriptions, indexed by channel, area and topic so a broadcast can stream its audience.</summary>
public interface ISubscriptionStore
{
    /// <summary>The chat's subscription, or null.</summary>
    Task<Subscription?> GetAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>Replaces the chat's subscription (area and topics) in one step.</summary>
    Task SetAsync(ConversationKey chat, Subscription subscription, CancellationToken cancellationToken);

    /// <summary>Removes everything the chat subscribed to; false when there was nothing.</summary>
    Task<bool> RemoveAsync(ConversationKey chat, CancellationToken cancellationToken);

    /// <summary>Streams the chat ids on <paramref name="channel"/> subscribed to a commune and topic, in pages (never all in memory).</summary>
    IAsyncEnumerable<string> ScanAsync(string channel, string areaId, string topic, CancellationToken cancellationToken);
}
