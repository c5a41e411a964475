namespace Bot.Dialogs.Channels;

/// <summary>How a channel can reach one alert recipient right now: a message type, a later time, or not at all and why.</summary>
/// <param name="MessageType">The platform's message type ("cs", "promotion", "transaction" on Zalo OA; "message" elsewhere); empty when unreachable.</param>
/// <param name="Rationed">The type is limited to one message per recipient per day and counts against the account's quota (Zalo promotion).</param>
/// <param name="NotBefore">When set, the type may not be sent before this time (Zalo: promotion at night, quota paused).</param>
/// <param name="Reason">Why the recipient waits or cannot be reached: a short code for reports ("night", "quota", "not-following", "blocked", "quota-exhausted", "no-allowed-type").</param>
public sealed record AlertRoute(string MessageType, bool Rationed = false, DateTimeOffset? NotBefore = null, string? Reason = null)
{
    /// <summary>True when no message type can reach the recipient (see <see cref="Reason"/>).</summary>
    public bool IsUnreachable => MessageType.Length == 0;

    /// <summary>Send now with <paramref name="messageType"/>.</summary>
    public static AlertRoute Now(string messageType, bool rationed = false) => new(messageType, rationed);

    /// <summary>Send with <paramref name="messageType"/>, but not before <paramref name="until"/>.</summary>
    public static AlertRoute Later(string messageType, DateTimeOffset until, string reason, bool rationed = false) =>
        new(messageType, rationed, until, reason);

    /// <summary>No allowed message type reaches the recipient.</summary>
    public static AlertRoute Unreachable(string reason) => new("", Reason: reason);
}
