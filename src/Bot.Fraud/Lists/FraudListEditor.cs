using Bot.Dialogs.Officers;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Privacy;

namespace Bot.Fraud.Lists;

/// <summary>
/// The one way entries reach the reported lists (officer chat commands and the admin API): checks
/// the entry, refuses official sites and hotlines, stores it, and writes the audit entry.
/// </summary>
public sealed class FraudListEditor(FraudContent content, IFraudListStore store, IAuditLog audit)
{
    /// <summary>Audit action for a domain.</summary>
    public const string AddDomainAction = "fraud.list.add-domain";

    /// <summary>Audit action for a phone number (the detail holds it masked plus the start of its hash).</summary>
    public const string AddPhoneAction = "fraud.list.add-phone";

    private readonly DomainInspector _inspector = new(content.Lists);

    /// <summary>Adds a domain typed in any usual form ("https://www.ABC[.]top/x").</summary>
    /// <param name="addedBy">The officer's identity ("telegram:123") or "admin-api"; never a phone number.</param>
    public async ValueTask<ListAddResult> AddDomainAsync(string typed, string addedBy, CancellationToken cancellationToken = default)
    {
        if (NormalizeDomain(typed) is not { } host)
        {
            return new(ListAddStatus.Invalid, "");
        }

        var shown = DomainInspector.Defang(host);
        if (_inspector.IsOfficial(host))
        {
            return new(ListAddStatus.Official, shown);
        }

        if (!await store.AddDomainAsync(host, cancellationToken).ConfigureAwait(false))
        {
            return new(ListAddStatus.AlreadyListed, shown);
        }

        await audit.AppendAsync(addedBy, AddDomainAction, host, cancellationToken).ConfigureAwait(false);
        return new(ListAddStatus.Added, shown);
    }

    /// <summary>Adds a phone number typed in any usual form ("+84 912 345 678", "0912.345.678").</summary>
    public async ValueTask<ListAddResult> AddPhoneAsync(string typed, string addedBy, CancellationToken cancellationToken = default)
    {
        if (typed.Length > 40 || !typed.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')'))
        {
            return new(ListAddStatus.Invalid, "");
        }

        // Short hotlines (113, 156) are not phone numbers to the scanner, so look them up first.
        var digits = PhoneScanner.DigitsOnly(typed);
        var number = PhoneScanner.Normalize(typed, content.Lists.HomeCountryCode);
        if (content.Lists.Hotlines.ContainsKey(digits) || (number is not null && content.Lists.Hotlines.ContainsKey(number)))
        {
            return new(ListAddStatus.Official, FraudAnalyzer.FormatHotline(number ?? digits));
        }

        if (number is null)
        {
            return new(ListAddStatus.Invalid, "");
        }

        var shown = PersonalDataMasker.MaskPhone(number);
        var hash = FraudListSnapshot.HashPhone(number);
        if (!await store.AddPhoneHashAsync(hash, cancellationToken).ConfigureAwait(false))
        {
            return new(ListAddStatus.AlreadyListed, shown);
        }

        await audit.AppendAsync(addedBy, AddPhoneAction, shown + " #" + hash[..12], cancellationToken).ConfigureAwait(false);
        return new(ListAddStatus.Added, shown);
    }

    /// <summary>The lists.yaml entries as a snapshot (numbers hashed).</summary>
    public static FraudListSnapshot BaseSnapshot(FraudLists lists) =>
        new(lists.ReportedDomains, lists.ReportedPhones.Select(FraudListSnapshot.HashPhone));

    /// <summary>"https://www.ABC[.]top/x" → "abc.top"; null when it is not a domain.</summary>
    public static string? NormalizeDomain(string text)
    {
        if (text.Length > 300)
        {
            return null;
        }

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

        return value.Length is > 3 and <= 253 && value.Contains('.') && !value.Contains("..", StringComparison.Ordinal)
               && value.All(c => char.IsLetterOrDigit(c) || c is '.' or '-')
            ? value
            : null;
    }
}
