namespace Bot.Dialogs.Content;

/// <summary>
/// Buttons a channel cannot serve (<c>bot.yaml</c>, <c>channel_rules:</c>): a button whose payload starts
/// with one of a channel's hidden prefixes is not offered on that channel, and typed numbers count without it.
/// </summary>
/// <remarks>
/// Example: the web chat cannot send a message later, when its page is closed, so alert subscriptions
/// (<c>s:…</c>) are hidden there; offering them would end on "this channel cannot send alerts" and nothing else.
/// </remarks>
public sealed class ChannelRules
{
    /// <summary>The channels of this bot, as conversation keys name them (checked by <c>content validate</c>).</summary>
    public static readonly IReadOnlyList<string> KnownChannels = ["telegram", "zalo-oa", "zalo-bot", "web"];

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _hidden;

    public ChannelRules(IReadOnlyDictionary<string, IReadOnlyList<string>> hidden) => _hidden = hidden;

    /// <summary>No rules: every button is offered everywhere.</summary>
    public static ChannelRules None { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Channel → payload prefixes hidden there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Hidden => _hidden;

    /// <summary>True when <paramref name="channel"/> hides some buttons (so its replies differ from other channels').</summary>
    public bool HidesAnything(string? channel) => channel is not null && _hidden.ContainsKey(channel);

    /// <summary>True when a button with <paramref name="payload"/> must not be offered on <paramref name="channel"/>.</summary>
    public bool Hides(string? channel, string payload) =>
        channel is not null
        && _hidden.TryGetValue(channel, out var prefixes)
        && prefixes.Any(p => payload.StartsWith(p, StringComparison.Ordinal));
}
