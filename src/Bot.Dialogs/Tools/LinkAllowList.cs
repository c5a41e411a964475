using Bot.Dialogs.Content;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Tools;

/// <summary>
/// Official sites links may point to, from <c>allowed-links.yaml</c> (<c>sites: ["*.gov.vn", …]</c>).
/// "*.gov.vn" matches gov.vn and every subdomain; a plain host matches itself and its subdomains.
/// </summary>
public sealed class LinkAllowList
{
    /// <summary>Used when the content folder has no list: every government site.</summary>
    public static readonly IReadOnlyList<string> Default = ["*.gov.vn"];

    private readonly IReadOnlyList<string> _sites;

    public LinkAllowList(IEnumerable<string> sites) =>
        _sites = sites.Select(s => s.Trim().ToLowerInvariant().TrimStart('*').TrimStart('.')).Where(s => s.Length > 0).ToList();

    /// <summary>The sites as written (normalised to bare host suffixes).</summary>
    public IReadOnlyList<string> Sites => _sites;

    /// <summary>True when <paramref name="host"/> is a listed site or a subdomain of one.</summary>
    public bool Allows(string host)
    {
        host = host.ToLowerInvariant().TrimEnd('.');
        return _sites.Any(s => host == s || host.EndsWith("." + s, StringComparison.Ordinal));
    }

    /// <summary>Reads the list in <paramref name="root"/>, or <see cref="Default"/> when there is none.</summary>
    public static LinkAllowList Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(root, ContentValidator.AllowedLinksFile);
        if (!File.Exists(path))
        {
            return new LinkAllowList(Default);
        }

        var reader = new YamlReader(ContentValidator.AllowedLinksFile, diagnostics);
        using var text = File.OpenText(path);
        if (reader.LoadRoot(text) is not YamlMappingNode map)
        {
            return new LinkAllowList(Default);
        }

        reader.CheckKeys(map, "$schema", "sites");
        return new LinkAllowList(reader.Strings(map, "sites"));
    }
}
