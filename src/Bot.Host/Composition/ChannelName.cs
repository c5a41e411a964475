namespace Bot.Host.Composition;

/// <summary>Marker naming one enabled channel, for the startup line.</summary>
public sealed record ChannelName(string Name);
