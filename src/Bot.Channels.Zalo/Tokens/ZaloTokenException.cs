namespace Bot.Channels.Zalo.Tokens;

/// <summary>The OA's tokens cannot be obtained; the message tells the operator what to do.</summary>
public sealed class ZaloTokenException(string message, Exception? inner = null) : Exception(message, inner);
