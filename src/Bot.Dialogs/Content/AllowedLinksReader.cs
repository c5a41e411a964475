using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>
/// Reads <c>allowed-links.yaml</c>: <c>sites</c> (where links shown to residents may point) and
/// <c>official</c> (which sources count as official when a fact step or card cites them).
/// </summary>
internal static class AllowedLinksReader
{
    /// <summary>The file's name in the content folder.</summary>
    public const string FileName = "allowed-links.yaml";

    /// <summary>Links when the folder has no list: every government site.</summary>
    public static readonly IReadOnlyList<string> DefaultSites = ["*.gov.vn"];

    /// <summary>
    /// Official sources when the file has no <c>official:</c> list: the national legal database,
    /// the government and its portals, the public-service portal, the Ministry of Public Security
    /// and its VNeID, exit-entry and traffic-police sites, Vietnam Social Security, and government
    /// (gov.vn) sites such as the post-2025 province portals. Law-library companies
    /// (thuvienphapluat.vn) and the press are not official.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultOfficial =
    [
        "vbpl.vn", "chinhphu.vn", "*.chinhphu.vn", "dichvucong.gov.vn", "bocongan.gov.vn", "vneid.gov.vn",
        "baohiemxahoi.gov.vn", "xuatnhapcanh.gov.vn", "csgt.vn", "*.gov.vn",
    ];

    public static (SiteList Links, SiteList Official) Read(string root, List<ContentDiagnostic> diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var links = new SiteList(DefaultSites);
        var official = new SiteList(DefaultOfficial);
        if (!File.Exists(path))
        {
            return (links, official);
        }

        var reader = new YamlReader(FileName, diagnostics);
        using var text = File.OpenText(path);
        if (reader.LoadRoot(text) is not { } map)
        {
            return (links, official);
        }

        reader.CheckKeys(map, "$schema", "sites", "official");
        if (reader.Get(map, "sites") is not null)
        {
            links = new SiteList(reader.Strings(map, "sites"));
        }

        if (reader.Get(map, "official") is not null)
        {
            official = new SiteList(reader.Strings(map, "official"));
        }

        return (links, official);
    }
}
