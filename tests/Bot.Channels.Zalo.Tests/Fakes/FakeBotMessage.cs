namespace Bot.Channels.Zalo.Tests.Fakes;

/// <summary>A <c>sendMessage</c> the fake Zalo Bot API accepted.</summary>
public sealed record FakeBotMessage(string ChatId, string Text);
