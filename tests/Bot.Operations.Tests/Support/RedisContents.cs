using StackExchange.Redis;

namespace Bot.Operations.Tests.Support;

/// <summary>Reads everything a Redis server stores, for privacy scans.</summary>
public static class RedisContents
{
    /// <summary>Every key and every string, hash field and value stored.</summary>
    public static async Task<List<string>> DumpAsync(IConnectionMultiplexer connection) =>
        (await EntriesAsync(connection)).Select(e => e.Value).ToList();

    /// <summary>
    /// Everything stored, found by SCAN and read as its type requires: each key name, and each string,
    /// hash field and value, list item, set member, sorted-set member and stream entry field and value,
    /// with where it was found.
    /// </summary>
    public static async Task<List<(string Where, string Value)>> EntriesAsync(IConnectionMultiplexer connection)
    {
        var server = connection.GetServer(connection.GetEndPoints()[0]);
        var db = connection.GetDatabase();
        var entries = new List<(string Where, string Value)>();
        await foreach (var key in server.KeysAsync(pattern: "*", pageSize: 500))
        {
            var name = key.ToString();
            entries.Add(("key name", name));
            var type = await db.KeyTypeAsync(key);
            var where = $"{type.ToString().ToLowerInvariant()} {name}";
            switch (type)
            {
                case RedisType.String:
                    entries.Add((where, (string?)await db.StringGetAsync(key) ?? ""));
                    break;
                case RedisType.Hash:
                    foreach (var entry in await db.HashGetAllAsync(key))
                    {
                        entries.Add((where + " field", entry.Name!));
                        entries.Add((where + " [" + entry.Name + "]", entry.Value!));
                    }

                    break;
                case RedisType.List:
                    entries.AddRange((await db.ListRangeAsync(key)).Select(v => (where + " item", v.ToString())));
                    break;
                case RedisType.Set:
                    entries.AddRange((await db.SetMembersAsync(key)).Select(v => (where + " member", v.ToString())));
                    break;
                case RedisType.SortedSet:
                    entries.AddRange((await db.SortedSetRangeByRankAsync(key)).Select(v => (where + " member", v.ToString())));
                    break;
                case RedisType.Stream:
                    foreach (var message in await db.StreamRangeAsync(key))
                    {
                        foreach (var field in message.Values)
                        {
                            entries.Add((where + " entry " + message.Id + " field", field.Name.ToString()));
                            entries.Add((where + " entry " + message.Id + " [" + field.Name + "]", field.Value.ToString()));
                        }
                    }

                    break;
            }
        }

        return entries;
    }
}
