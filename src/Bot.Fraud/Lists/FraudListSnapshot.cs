using System.Collections.Frozen;

namespace Bot.Fraud.Lists;

/// <summary>The reported domains and phone numbers in force at one moment (immutable; swapped as a whole).</summary>
public sealed class FraudListSnapshot
{
    private readonly string[] _domains;

    public FraudListSnapshot(IEnumerable<string> domains, IEnumerable<string> phones)
    {
        Domains = domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0)
            .ToFrozenSet(StringComparer.Ordinal);
        Phones = phones.ToFrozenSet(StringComparer.Ordinal);
        _domains = [.. Domains];
    }

    /// <summary>An empty list.</summary>
    public static FraudListSnapshot Empty { get; } = new([], []);

    /// <summary>Reported domains, lower case (a subdomain of one counts as reported too).</summary>
    public FrozenSet<string> Domains { get; }

    /// <summary>Reported numbers, digits in the domestic 0… form (or +… for foreign numbers).</summary>
    public FrozenSet<string> Phones { get; }

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

    /// <summary>A copy with one more domain.</summary>
    public FraudListSnapshot WithDomain(string domain) => new(Domains.Append(domain), Phones);

    /// <summary>A copy with one more number (already normalised).</summary>
    public FraudListSnapshot WithPhone(string phone) => new(Domains, Phones.Append(phone));
}
