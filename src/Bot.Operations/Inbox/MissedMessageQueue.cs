using System.Threading.Channels;
using Bot.Dialogs.Understanding.Inbox;

namespace Bot.Operations.Inbox;

/// <summary>Masked sightings on their way from the turn (which must not wait for a store) to <see cref="MissedMessageWriter"/>.</summary>
/// <remarks>Bounded: when the store is slower than residents for long, new sightings are dropped rather than memory growing.</remarks>
public sealed class MissedMessageQueue
{
    private readonly Channel<MissSighting> _channel = Channel.CreateBounded<MissSighting>(
        new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    /// <summary>Queues one sighting; false when the queue is full and it was dropped.</summary>
    public bool TryAdd(MissSighting sighting) => _channel.Writer.TryWrite(sighting);

    /// <summary>The writer's end.</summary>
    public ChannelReader<MissSighting> Reader => _channel.Reader;
}
