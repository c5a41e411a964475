namespace Bot.Testing.Zalo;

/// <summary>A message the fake OA API accepted: customer-service text, or a promotion/transaction template (header and text elements joined by new lines).</summary>
public sealed record FakeOaMessage(string UserId, string Text, IReadOnlyList<FakeOaButton> Buttons, string AccessToken, string MessageId, string Type = "cs")
{
    /// <summary>For templates: the header element.</summary>
    public string? Header { get; init; }

    /// <summary>For templates: the language field ("VI" or "EN").</summary>
    public string? Language { get; init; }

    /// <summary>When the fake accepted it (by the fake's clock).</summary>
    public DateTimeOffset At { get; init; }
}
