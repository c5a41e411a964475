namespace Bot.Channels.Zalo.Tokens;

/// <summary>The OA's tokens cannot be obtained; the message tells the operator what to do.</summary>
/// <param name="message">What happened and what to do.</param>
/// <param name="inner">The underlying failure.</param>
/// <param name="isTransient">True when trying again later may work (the shared token store is briefly unreachable).</param>
public sealed class ZaloTokenException(string message, Exception? inner = null, bool isTransient = false) : Exception(message, inner)
{
    /// <summary>True when trying again later may work; false when an operator must act.</summary>
    public bool IsTransient { get; } = isTransient;
}
