using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Channels.Zalo.OfficialAccount;

/// <summary>Reads the remaining count out of a quota answer whose exact shape Zalo does not document firmly.</summary>
internal static class ZaloOaQuota
{
    /// <summary>
    /// The <c>remain</c> of the entry whose <c>quota_type</c> names <paramref name="messageType"/>, else the sum over every
    /// entry that is not the free "reply" allowance; null when no entry has a number.
    /// </summary>
    public static long? RemainOf(JsonNode? data, string messageType)
    {
        var entries = new List<JsonObject>();
        Collect(data, entries, depth: 0);
        var named = entries.Where(e => e["quota_type"]?.ToString().Contains(messageType, StringComparison.OrdinalIgnoreCase) == true)
            .Select(e => Number(e["remain"])).FirstOrDefault(n => n is not null);
        if (named is not null)
        {
            return named;
        }

        var others = entries.Where(e => e["quota_type"]?.ToString() != "reply").Select(e => Number(e["remain"])).Where(n => n is not null).ToList();
        return others.Count == 0 ? null : others.Sum(n => n!.Value);
    }

    private static void Collect(JsonNode? node, List<JsonObject> entries, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        switch (node)
        {
            case JsonObject o when o.ContainsKey("remain"):
                entries.Add(o);
                break;
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Collect(child, entries, depth + 1);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, entries, depth + 1);
                }

                break;
        }
    }

    private static long? Number(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<long>(out var n) => n,
        JsonValue v when long.TryParse(v.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
