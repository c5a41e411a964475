namespace Bot.Channels.Telegram.Receiving;

/// <summary>The webhook's secret, held for constant-time checks.</summary>
public sealed record TelegramWebhookSecret(ConstantTimeSecret Value);
