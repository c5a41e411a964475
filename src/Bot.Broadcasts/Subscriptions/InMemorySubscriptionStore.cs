using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Bot.Dialogs.Turns;

namespace Bot.Broadcasts.Subscriptions;

/// <summary>Subscriptions kept in this process (the embedded default without Redis; lost on restart).</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly ConcurrentDictionary<ConversationKey, Subscription> _byChat = new();

    public Task<Subscription?> GetAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        Task.FromResult(_byChat.GetValueOrDefault(chat));

    public Task SetAsync(ConversationKey chat, Subscription subscription, CancellationToken cancellationToken)
    {
        _byChat[chat] = subscription;
        return Task.CompletedTask;
    }

    public Task<bool> RemoveAsync(ConversationKey chat, CancellationToken cancellationToken) =>
        Task.FromResult(_byChat.TryRemove(chat, out _));

    public async IAsyncEnumerable<string> ScanAsync(string channel, string areaId, string topic,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var (chat, subscription) in _byChat)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (chat.Channel == channel && subscription.AreaId == areaId && subscription.Topics.Contains(topic))
            {
                yield return chat.ChatId;
            }
        }

        await Task.CompletedTask;
    }
}
