namespace Bot.Testing.Zalo;

/// <summary>A customer-service message the fake OA API accepted.</summary>
public sealed record FakeOaMessage(string UserId, string Text, IReadOnlyList<FakeOaButton> Buttons, string AccessToken, string MessageId);
