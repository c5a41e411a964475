namespace Bot.Host.Tests.Understanding;

/// <summary>How one reply is judged, exactly as shared/tools/eval-understanding.py judges it.</summary>
public enum UnderstandingOutcome
{
    /// <summary>The expected flow opened (or a verdict for "check"; no topic and no verdict for a soft label).</summary>
    Right,
    /// <summary>"Which do you mean?" with buttons.</summary>
    Choices,
    /// <summary>The menu / "not understood".</summary>
    Fallback,
    /// <summary>Another flow.</summary>
    Wrong,
    /// <summary>A scam verdict on a message that was not one to check (the worst outcome).</summary>
    Verdict,
}
