using Bot.Dialogs.Channels;

namespace Bot.Broadcasts.Delivery;

/// <summary>The channel messengers registered by the channel projects, by channel name.</summary>
public sealed class MessengerRegistry(IEnumerable<IChannelMessenger> messengers)
{
    private readonly Dictionary<string, IChannelMessenger> _byChannel =
        messengers.GroupBy(m => m.Channel).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>Channels that can receive alerts.</summary>
    public IReadOnlyCollection<string> Channels => _byChannel.Keys;

    public IChannelMessenger? Find(string channel) => _byChannel.GetValueOrDefault(channel);

    /// <summary>Splits "telegram:123" into channel and chat id and finds the messenger.</summary>
    public (IChannelMessenger Messenger, string ChatId)? ForIdentity(string identity)
    {
        var colon = identity.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Find(identity[..colon]) is { } messenger ? (messenger, identity[(colon + 1)..]) : null;
    }
}
