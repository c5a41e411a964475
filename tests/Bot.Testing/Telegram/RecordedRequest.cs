using System.Text.Json.Nodes;

namespace Bot.Testing.Telegram;

/// <summary>One call the bot made, with the parameters as received and the status answered.</summary>
public sealed record RecordedRequest(string Method, JsonObject Parameters, int Status, string? Description, DateTimeOffset At);
