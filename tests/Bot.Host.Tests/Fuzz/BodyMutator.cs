using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Host.Tests.Fuzz;

/// <summary>
/// Random and mutated request bodies from a seeded <see cref="Random"/>: invalid UTF-8 inside strings,
/// deep nesting, huge numbers, missing fields, wrong types, truncation, flipped bytes, odd Unicode,
/// over-long values, wrong content types. The same seed gives the same bodies.
/// </summary>
internal sealed class BodyMutator(Random random)
{
    private const string Marker = "__MUTATE_HERE__";

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xFF], [0xFE, 0xFF], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xC0, 0xAF], [0x80],
    ];

    private static readonly string[] OddStrings =
    [
        "\\ud800", "\\udfff\\ud800", "\\u0000", "\u202e\u0644\u202c", "👩‍👩‍👧‍👦", "\uFEFF", "a\\\"b", "%00", "../../etc/passwd", "<script>alert(1)</script>",
        "{{7*7}}", "' OR 1=1 --", "\r\nX-Injected: 1", "Ｆｕｌｌｗｉｄｔｈ", "ḱ̷̛̹̥̘̪̘̭ḷ̶̨̡̗̭", new string('9', 400),
    ];

    public string Kind { get; private set; } = "";

    /// <summary>A body derived from <paramref name="sample"/> (or from nothing), and the content type to send it with.</summary>
    public (byte[] Body, string ContentType) Next(string? sample)
    {
        var roll = random.Next(sample is null ? 5 : 16);
        var body = roll switch
        {
            0 => Named("empty", []),
            1 => Named("random bytes", RandomBytes(random.Next(1, 4096))),
            2 => Named("deep nesting", Encoding.UTF8.GetBytes(DeepNesting(random.Next(3) switch { 0 => 100, 1 => 2_000, _ => 40_000 }))),
            3 => Named("huge number", Encoding.UTF8.GetBytes(HugeNumber())),
            4 => Named("odd json", Encoding.UTF8.GetBytes(OddJson())),
            5 => Named("valid", Encoding.UTF8.GetBytes(sample!)),
            6 => Named("invalid UTF-8 in a string", InvalidUtf8InAString(sample!)),
            7 => Named("field removed", Structural(sample!, RemoveField)),
            8 => Named("wrong type", Structural(sample!, WrongType)),
            9 => Named("huge number in a field", Structural(sample!, HugeNumberField)),
            10 => Named("truncated", Truncate(Encoding.UTF8.GetBytes(sample!))),
            11 => Named("flipped bytes", Flip(Encoding.UTF8.GetBytes(sample!))),
            12 => Named("odd string in a field", RawInAString(sample!, Encoding.UTF8.GetBytes(OddStrings[random.Next(OddStrings.Length)]))),
            13 => Named("long string in a field", Structural(sample!, LongStringField)),
            14 => Named("nesting in a field", Structural(sample!, NestedField)),
            _ => Named("unknown field", Structural(sample!, ExtraField)),
        };
        var type = random.Next(10) switch
        {
            0 => "text/plain; charset=utf-8",
            1 => "application/x-www-form-urlencoded",
            2 => "multipart/form-data; boundary=xyz",
            _ => "application/json",
        };
        return (body, type);
    }

    private byte[] Named(string kind, byte[] body)
    {
        Kind = kind;
        return body;
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private string DeepNesting(int depth) => random.Next(2) == 0
        ? new string('[', depth) + new string(']', depth)
        : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);

    private string HugeNumber() => random.Next(4) switch
    {
        0 => "1e400",
        1 => "-" + new string('9', 5_000),
        2 => "{\"update_id\":123456789012345678901234567890}",
        _ => "[0.00000000000000000000000000000000000000000000000000000001e-400]",
    };

    private string OddJson() => random.Next(6) switch
    {
        0 => "null",
        1 => "\"just a string\"",
        2 => "[1,2,3]",
        3 => "{\"a\":1,\"a\":2}",
        4 => "{\"\":\"" + OddStrings[random.Next(OddStrings.Length)] + "\"}",
        _ => "true",
    };

    private byte[] InvalidUtf8InAString(string sample) =>
        RawInAString(sample, [.. "xin "u8.ToArray(), .. InvalidUtf8[random.Next(InvalidUtf8.Length)], .. " chào"u8.ToArray()]);

    /// <summary>The sample with one string value replaced by <paramref name="raw"/>, written as is between the quotes.</summary>
    private byte[] RawInAString(string sample, byte[] raw)
    {
        var text = Structural(sample, (node, path) => Set(node, path, JsonValue.Create(Marker)));
        var json = Encoding.UTF8.GetString(text);
        var at = json.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return Encoding.UTF8.GetBytes(json);
        }

        var before = Encoding.UTF8.GetBytes(json[..at]);
        var after = Encoding.UTF8.GetBytes(json[(at + Marker.Length)..]);
        return [.. before, .. raw, .. after];
    }

    private byte[] Truncate(byte[] bytes) => bytes.AsSpan(0, random.Next(bytes.Length)).ToArray();

    private byte[] Flip(byte[] bytes)
    {
        for (var i = random.Next(1, 6); i > 0 && bytes.Length > 0; i--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
        }

        return bytes;
    }

    /// <summary>Applies <paramref name="mutate"/> at a random place (a property path) of the sample's JSON tree.</summary>
    private byte[] Structural(string sample, Action<JsonNode, string[]> mutate)
    {
        var root = JsonNode.Parse(sample)!;
        var paths = Paths(root, []).ToList();
        if (paths.Count > 0)
        {
            mutate(root, paths[random.Next(paths.Count)]);
        }

        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static IEnumerable<string[]> Paths(JsonNode node, string[] prefix)
    {
        if (node is not JsonObject obj)
        {
            yield break;
        }

        foreach (var (name, child) in obj)
        {
            string[] path = [.. prefix, name];
            yield return path;
            if (child is not null)
            {
                foreach (var inner in Paths(child, path))
                {
                    yield return inner;
                }
            }
        }
    }

    private static void Set(JsonNode root, string[] path, JsonNode? value)
    {
        var parent = path[..^1].Aggregate(root, (node, name) => node[name]!);
        parent[path[^1]] = value;
    }

    private void RemoveField(JsonNode root, string[] path) =>
        path[..^1].Aggregate(root, (node, name) => node[name]!).AsObject().Remove(path[^1]);

    private void WrongType(JsonNode root, string[] path) => Set(root, path, random.Next(6) switch
    {
        0 => JsonValue.Create(random.Next()),
        1 => JsonValue.Create("not-what-you-expect"),
        2 => new JsonArray(1, "two", null),
        3 => new JsonObject { ["x"] = 1 },
        4 => JsonValue.Create(random.Next(2) == 0),
        _ => null,
    });

    private void HugeNumberField(JsonNode root, string[] path) =>
        Set(root, path, JsonNode.Parse(random.Next(3) switch { 0 => "1e308", 1 => "-9223372036854775809", _ => "18446744073709551616" }));

    private void LongStringField(JsonNode root, string[] path) =>
        Set(root, path, JsonValue.Create(new string('ư', random.Next(3) switch { 0 => 3_999, 1 => 4_001, _ => 30_000 })));

    private void NestedField(JsonNode root, string[] path) => Set(root, path, JsonNode.Parse(DeepNesting(random.Next(10, 60))));

    private void ExtraField(JsonNode root, string[] path) =>
        path[..^1].Aggregate(root, (node, name) => node[name]!).AsObject()["unexpected_" + random.Next(100)] = "x";
}
