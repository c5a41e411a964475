using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Fraud.Reports;
using StackExchange.Redis;

namespace Bot.Fraud.Redis;

/// <summary>Drafts and reports in Redis, shared by every instance and kept across restarts.</summary>
/// <remarks>
/// Everything stored is already redacted (<see cref="ScamReport"/>); drafts, which the resident has
/// not chosen to report yet, are also encrypted with a key only their report button holds
/// (<see cref="DraftIds"/>). Bounded twice: each report key
/// expires after <see cref="Retention"/>, and the time index is trimmed to the same window and to
/// <see cref="MaxReports"/> entries on every new report. Drafts expire after <see cref="DraftTtl"/>.
/// </remarks>
public sealed class RedisScamReportStore(IConnectionMultiplexer redis, FraudRedisKeys keys) : IScamReportStore
{
    // KEYS: draft, report, index. ARGV: report json, score (ms), retention (s), id, oldest score kept, max reports.
    // Writes the report only once (NX), so a repeated press or two instances racing keep the first.
    private const string SubmitScript = """
        if redis.call('SET', KEYS[2], ARGV[1], 'NX', 'EX', ARGV[3]) then
          redis.call('ZADD', KEYS[3], ARGV[2], ARGV[4])
          redis.call('DEL', KEYS[1])
          redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[5])
          redis.call('ZREMRANGEBYRANK', KEYS[3], 0, -(tonumber(ARGV[6]) + 1))
          return ARGV[1]
        end
        return redis.call('GET', KEYS[2])
        """;

    /// <summary>How long a verdict can still be reported.</summary>
    public TimeSpan DraftTtl { get; init; } = TimeSpan.FromDays(1);

    /// <summary>How long a report is kept.</summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(30);

    /// <summary>Most reports kept (the oldest go first).</summary>
    public int MaxReports { get; init; } = 100_000;

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private IDatabase Db => redis.GetDatabase();

    public async ValueTask SaveDraftAsync(ScamReport draft, CancellationToken cancellationToken = default)
    {
        if (!DraftIds.TryParse(draft.Id, out var lookup, out var key))
        {
            throw new ArgumentException("The draft id must come from DraftIds.New().", nameof(draft));
        }

        // Encrypted with the key from the button: Redis never holds a readable unreported message.
        await Db.StringSetAsync(keys.Draft(lookup), Seal(Serialize(draft), key), DraftTtl).ConfigureAwait(false);
    }

    public async ValueTask<ScamReport?> SubmitAsync(string id, DateTimeOffset reportedAt, CancellationToken cancellationToken = default)
    {
        if (!DraftIds.TryParse(id, out var lookup, out var key))
        {
            return null; // a stale or forged button
        }

        var existing = await Db.StringGetAsync(keys.Report(lookup)).ConfigureAwait(false);
        if (!existing.IsNull)
        {
            return Deserialize(existing);
        }

        var sealedDraft = await Db.StringGetAsync(keys.Draft(lookup)).ConfigureAwait(false);
        if (sealedDraft.IsNull || Open((byte[])sealedDraft!, key) is not { } json || Deserialize(json) is not { } draft
            || reportedAt - draft.CheckedAt > DraftTtl)
        {
            // The draft may have just become a report on another instance.
            var raced = await Db.StringGetAsync(keys.Report(lookup)).ConfigureAwait(false);
            return raced.IsNull ? null : Deserialize(raced);
        }

        // The stored report carries only the lookup part of the id: the key is not needed any more.
        var report = draft with { Id = lookup, ReportedAt = reportedAt };
        var stored = await Db.ScriptEvaluateAsync(SubmitScript, [keys.Draft(lookup), keys.Report(lookup), keys.ReportIndex],
        [
            Serialize(report), reportedAt.ToUnixTimeMilliseconds(), (long)Retention.TotalSeconds, lookup,
            (reportedAt - Retention).ToUnixTimeMilliseconds(), MaxReports,
        ]).ConfigureAwait(false);
        return stored.IsNull ? null : Deserialize((RedisValue)stored);
    }

    public async ValueTask<IReadOnlyList<ScamReport>> ListAsync(DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        if (limit <= 0)
        {
            return [];
        }

        var ids = await Db.SortedSetRangeByScoreAsync(keys.ReportIndex, since.ToUnixTimeMilliseconds(), double.PositiveInfinity,
            Exclude.None, Order.Ascending, 0, limit).ConfigureAwait(false);
        if (ids.Length == 0)
        {
            return [];
        }

        var values = await Db.StringGetAsync(ids.Select(id => keys.Report(id.ToString())).ToArray()).ConfigureAwait(false);
        var reports = new List<ScamReport>(values.Length);
        foreach (var value in values)
        {
            if (!value.IsNull && Deserialize(value) is { } report)
            {
                reports.Add(report); // a missing value expired between the two calls
            }
        }

        return reports;
    }

    /// <summary>nonce (12) ‖ tag (16) ‖ AES-GCM ciphertext of the JSON.</summary>
    private static byte[] Seal(string json, byte[] key)
    {
        var plain = Encoding.UTF8.GetBytes(json);
        var output = new byte[NonceSize + TagSize + plain.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plain, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    private static string? Open(byte[] sealedDraft, byte[] key)
    {
        if (sealedDraft.Length < NonceSize + TagSize)
        {
            return null;
        }

        var plain = new byte[sealedDraft.Length - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(sealedDraft.AsSpan(0, NonceSize), sealedDraft.AsSpan(NonceSize + TagSize), sealedDraft.AsSpan(NonceSize, TagSize), plain);
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            return null; // a wrong key: treated like a draft that never existed
        }
    }

    private static string Serialize(ScamReport report) => JsonSerializer.Serialize(report, FraudRedisJson.Default.ScamReport);

    private static ScamReport? Deserialize(RedisValue value)
    {
        try
        {
            return JsonSerializer.Deserialize((string)value!, FraudRedisJson.Default.ScamReport);
        }
        catch (JsonException)
        {
            return null; // a value written by an incompatible version: treated as gone
        }
    }
}
