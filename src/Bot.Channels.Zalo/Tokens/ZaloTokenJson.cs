using System.Text.Json.Serialization;

namespace Bot.Channels.Zalo.Tokens;

[JsonSerializable(typeof(ZaloTokens))]
internal sealed partial class ZaloTokenJson : JsonSerializerContext;
