namespace Bot.Dialogs.Content;

/// <summary>
/// A list of web sites by host: "*.gov.vn" matches gov.vn and every subdomain; a plain host
/// ("vbpl.vn") matches itself and its subdomains. A look-alike such as <c>x.gov.vn.y.xyz</c> never matches.
/// </summary>
public sealed class SiteList
{
    private readonly IReadOnlyList<string> _suffixes;

    public SiteList(IEnumerable<string> sites)
    {
        var written = sites.ToList();
        Written = written;
        _suffixes = written.Select(s => s.Trim().ToLowerInvariant().TrimStart('*').TrimStart('.')).Where(s => s.Length > 0).ToList();
    }

    /// <summary>The sites as written in the content file.</summary>
    public IReadOnlyList<string> Written { get; }

    /// <summary>The sites normalised to bare host suffixes ("gov.vn", "vbpl.vn").</summary>
    public IReadOnlyList<string> Sites => _suffixes;

    /// <summary>True when <paramref name="host"/> is a listed site or a subdomain of one.</summary>
    public bool Allows(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        return _suffixes.Any(s => host == s || host.EndsWith("." + s, StringComparison.Ordinal));
    }

    /// <summary>True when <paramref name="url"/> is an absolute web address on a listed site.</summary>
    public bool AllowsUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && Allows(uri.Host);
}
