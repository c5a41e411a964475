namespace Bot.LoadTest;

/// <summary>One resident action: typed <see cref="Text"/> or a press of the button labelled <see cref="Press"/>;
/// the turn is answered by the first message that shows button <see cref="ExpectButton"/> or contains <see cref="ExpectText"/>.</summary>
internal sealed record ScriptStep(string? Text, string? Press, string? ExpectButton, string? ExpectText)
{
    public bool Matches(ReceivedMessage m) =>
        (ExpectButton is null || m.Buttons.Any(b => b.Label == ExpectButton))
        && (ExpectText is null || m.Text.Contains(ExpectText, StringComparison.Ordinal));
}
