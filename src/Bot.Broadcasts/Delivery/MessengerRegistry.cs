using Bot.Dialogs.Channels;

namespace Bot.Broadcasts.Delivery;

/// <summary>The channel messengers (and alert routers, where a platform has message types) registered by the channel projects, by channel name.</summary>
public sealed class MessengerRegistry(IEnumerable<IChannelMessenger> messengers, IEnumerable<IAlertRouter> routers)
{
    private readonly Dictionary<string, IChannelMessenger> _byChannel =
        messengers.GroupBy(m => m.Channel).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    private readonly Dictionary<string, IAlertRouter> _routers =
        routers.GroupBy(r => r.Channel).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

    /// <summary>The channel's alert router, when its platform picks a message type per recipient (Zalo OA); null otherwise.</summary>
    public IAlertRouter? Router(string channel) => _routers.GetValueOrDefault(channel);

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
