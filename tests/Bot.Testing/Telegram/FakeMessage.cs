namespace Bot.Testing.Telegram;

/// <summary>A message the bot sent, as the resident would see it (plain text after HTML parsing).</summary>
public sealed record FakeMessage(int MessageId, long ChatId, string Html, string Text, IReadOnlyList<IReadOnlyList<FakeButton>> Keyboard)
{
    public IEnumerable<FakeButton> Buttons => Keyboard.SelectMany(row => row);
}
