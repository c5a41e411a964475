using System.Threading.Channels;

namespace Bot.Operations.Inbox;

/// <summary>Inbox events on their way from the turn (which must not wait for a store) to <see cref="MissedMessageWriter"/>.</summary>
/// <remarks>Bounded: when the store is slower than residents for long, new events are dropped rather than memory growing.</remarks>
public sealed class MissedMessageQueue
{
    private readonly Channel<InboxEvent> _channel = Channel.CreateBounded<InboxEvent>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues one event; false when the queue is full and it was dropped.</summary>
    public bool TryAdd(InboxEvent item) => _channel.Writer.TryWrite(item);

    /// <summary>The writer's end.</summary>
    public ChannelReader<InboxEvent> Reader => _channel.Reader;
}
