namespace Bot.Channels.Telegram.Qr;

/// <summary>One printed code: the flow it opens, its Vietnamese caption, the link, and the PNG.</summary>
public sealed record QrCard(string FlowId, string Caption, string Link, byte[] Png);
