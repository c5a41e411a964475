namespace Bot.Testing.Zalo;

/// <summary>A button as the fake OA API received it.</summary>
public sealed record FakeOaButton(string Title, string Type, string? Payload, string? Url);
