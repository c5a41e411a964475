namespace Bot.Channels.Telegram.Qr;

/// <summary>One printed code: what it opens, its Vietnamese caption, the link, and the PNG.</summary>
/// <param name="Name">The start payload, also the PNG's file name: a flow ("eid") or a procedure card ("services__passport").</param>
public sealed record QrCard(string Name, string Caption, string Link, byte[] Png);
