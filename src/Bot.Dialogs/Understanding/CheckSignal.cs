namespace Bot.Dialogs.Understanding;

/// <summary>What makes a message one to scam-check (see <see cref="ICheckRecognizer"/>); scam words alone never do.</summary>
public enum CheckSignal
{
    /// <summary>Nothing to check: a question, even one full of scam words.</summary>
    None,
    /// <summary>A link or a bare domain.</summary>
    Link,
    /// <summary>A phone number that is not an official hotline.</summary>
    Phone,
    /// <summary>Forwarded or quoted by the platform (Telegram forward, Zalo quote).</summary>
    Forwarded,
    /// <summary>A pasted message: several lines, or the sender's voice after "tin nhắn:".</summary>
    Pasted,
    /// <summary>Text in quotation marks long enough to be a message.</summary>
    Quoted,
}
