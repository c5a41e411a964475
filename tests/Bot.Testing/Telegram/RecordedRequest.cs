using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>One call the bot made, with the parameters as received and the status answered.</summary>
public sealed record RecordedRequest(string Method, JsonObject Parameters, int Status, string? Description, DateTimeOffset At)
{
    /// <summary>True when Telegram ran it from the webhook's answer rather than the bot calling it.</summary>
    public bool FromWebhookReply { get; init; }
}
