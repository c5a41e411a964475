namespace Bot.Benchmarks.Ocr;

/// <summary>What the running bot answered to one screenshot sent to its web chat, as a resident reads it.</summary>
public enum HostAnswer
{
    /// <summary>"Tin nhắn trong ảnh nói: …" and a verdict.</summary>
    Verdict,

    /// <summary>The privacy warning (an ID number, an OTP… in the picture); no verdict.</summary>
    Privacy,

    /// <summary>"I could not read the text in this picture".</summary>
    Unreadable,

    /// <summary>"Many people are sending pictures right now".</summary>
    Busy,

    /// <summary>Anything else (photos cannot be read on that server, an HTTP error).</summary>
    Other,
}
