using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Privacy;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Fraud.Lists;

/// <summary>The lists from content/fraud/lists.yaml plus officers' additions, kept in this process.</summary>
/// <remarks>
/// Additions swap in a new immutable snapshot, so checks running at that moment never see a
/// half-updated list and the next check sees the addition. Every addition is audit-logged
/// (domains in full, phone numbers masked).
/// </remarks>
public sealed class InMemoryFraudListStore : IFraudListStore
{
    private readonly FraudLists _lists;
    private readonly DomainInspector _inspector;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private FraudListSnapshot _current;

    public InMemoryFraudListStore(FraudContent content, ILogger<InMemoryFraudListStore>? logger = null)
    {
        _lists = content.Lists;
        _inspector = new DomainInspector(content.Lists);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _current = new FraudListSnapshot(_lists.ReportedDomains, _lists.ReportedPhones);
    }

    public FraudListSnapshot Current => Volatile.Read(ref _current);

    public ValueTask<bool> AddReportedDomainAsync(string domain, string addedBy, CancellationToken cancellationToken = default)
    {
        var host = NormalizeDomain(domain);
        if (host is null || _inspector.IsOfficial(host))
        {
            return ValueTask.FromResult(false);
        }

        lock (_gate)
        {
            if (_current.Domains.Contains(host))
            {
                return ValueTask.FromResult(false);
            }

            Volatile.Write(ref _current, _current.WithDomain(host));
        }

        _logger.LogInformation("Audit: {AddedBy} added reported domain {Domain}", addedBy, host);
        return ValueTask.FromResult(true);
    }

    public ValueTask<bool> AddReportedPhoneAsync(string phone, string addedBy, CancellationToken cancellationToken = default)
    {
        var number = PhoneScanner.Normalize(phone, _lists.HomeCountryCode);
        if (number is null || _lists.Hotlines.ContainsKey(number))
        {
            return ValueTask.FromResult(false);
        }

        lock (_gate)
        {
            if (_current.Phones.Contains(number))
            {
                return ValueTask.FromResult(false);
            }

            Volatile.Write(ref _current, _current.WithPhone(number));
        }

        _logger.LogInformation("Audit: {AddedBy} added reported phone number {Phone}", addedBy, PersonalDataMasker.MaskPhone(number));
        return ValueTask.FromResult(true);
    }

    /// <summary>"https://www.ABC[.]top/x" → "abc.top"; null when it is not a domain.</summary>
    public static string? NormalizeDomain(string text)
    {
        var value = UrlExtractor.Deobfuscate(text.Trim()).ToLowerInvariant();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            value = value[(scheme + 3)..];
        }

        var end = value.IndexOfAny(['/', '?', '#', ':']);
        if (end >= 0)
        {
            value = value[..end];
        }

        value = value.Trim('.');
        if (value.StartsWith("www.", StringComparison.Ordinal))
        {
            value = value[4..];
        }

        return value.Length is > 3 and <= 253 && value.Contains('.') && !value.Any(c => char.IsWhiteSpace(c) || c == '@')
            ? value
            : null;
    }
}
