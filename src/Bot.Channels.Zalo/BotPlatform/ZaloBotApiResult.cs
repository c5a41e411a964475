using System.Net;
using System.Text.Json.Nodes;

namespace Bot.Channels.Zalo.BotPlatform;

/// <summary>One Zalo Bot API answer: <c>{ok, result}</c> or <c>{ok:false, error_code, description}</c>.</summary>
public sealed record ZaloBotApiResult(bool Ok, JsonNode? Result, int? ErrorCode, string? Description, HttpStatusCode Status);
