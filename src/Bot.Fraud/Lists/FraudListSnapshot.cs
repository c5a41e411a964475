using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Fraud.Lists;

/// <summary>The reported domains and phone numbers in force at one moment (immutable; swapped as a whole).</summary>
/// <remarks>
/// Numbers are only needed for matching, so they are held as hashes (<see cref="HashPhone"/>): an
/// officer's addition never sits in memory, Redis or a dump in plain text.
/// </remarks>
public sealed class FraudListSnapshot
{
    private readonly string[] _domains;

    /// <param name="domains">Reported domains in any case.</param>
    /// <param name="phoneHashes">Hashes of reported numbers (<see cref="HashPhone"/>).</param>
    public FraudListSnapshot(IEnumerable<string> domains, IEnumerable<string> phoneHashes)
    {
        Domains = domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
        PhoneHashes = phoneHashes.ToFrozenSet(StringComparer.Ordinal);
        _domains = [.. Domains];
    }

    /// <summary>An empty list.</summary>
    public static FraudListSnapshot Empty { get; } = new([], []);

    /// <summary>Reported domains, lower case (a subdomain of one counts as reported too).</summary>
    public FrozenSet<string> Domains { get; }

    /// <summary>Hashes of reported numbers.</summary>
    public FrozenSet<string> PhoneHashes { get; }

    /// <summary>True when <paramref name="host"/> (lower-case ASCII) or a parent domain of it was reported.</summary>
    public bool IsReportedDomain(string host)
    {
        if (Domains.Contains(host))
        {
            return true;
        }

        foreach (var domain in _domains)
        {
            if (host.Length > domain.Length && host.EndsWith(domain, StringComparison.Ordinal) && host[^(domain.Length + 1)] == '.')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the normalised number (0… or +…) was reported.</summary>
    public bool IsReportedPhone(string number) => PhoneHashes.Count > 0 && PhoneHashes.Contains(HashPhone(number));

    /// <summary>A copy with one more domain.</summary>
    public FraudListSnapshot WithDomain(string domain) => new(Domains.Append(domain), PhoneHashes);

    /// <summary>A copy with one more number hash.</summary>
    public FraudListSnapshot WithPhoneHash(string hash) => new(Domains, PhoneHashes.Append(hash));

    /// <summary>
    /// Lower-case hex SHA-256 of the normalised number with a fixed label. A number has few digits, so
    /// this hides it from casual reading (logs, dumps, key listings), not from someone set on guessing.
    /// </summary>
    public static string HashPhone(string number)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("bot-fraud-phone:" + number), hash);
        return Convert.ToHexStringLower(hash);
    }
}
