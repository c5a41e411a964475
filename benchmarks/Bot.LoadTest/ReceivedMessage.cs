namespace Bot.LoadTest;

/// <summary>A message a bot sent to a chat through the fake Bot API, stamped on arrival.</summary>
internal sealed record ReceivedMessage(long ChatId, int MessageId, string Text, IReadOnlyList<(string Label, string Data)> Buttons, long ArrivedTicks);
