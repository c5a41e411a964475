namespace Bot.Testing.Telegram;

/// <summary>An inline keyboard button as the fake stored it.</summary>
public sealed record FakeButton(string Text, string? CallbackData, string? Url);
