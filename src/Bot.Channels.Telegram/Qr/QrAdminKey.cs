namespace Bot.Channels.Telegram.Qr;

/// <summary>The admin endpoints' bearer key, held for constant-time checks.</summary>
public sealed record QrAdminKey(ConstantTimeSecret Value);
