using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// How a resident telling what happened to them is recognised (<c>victim_story:</c> in understanding.yaml):
/// someone contacted them (<see cref="Someone"/>) and money, a code, an app or their papers were asked for or
/// lost (<see cref="Harm"/>). Such a story asks the <see cref="Flow"/> topic (scams), not the topic of the
/// pretext it mentions (VNeID, welfare money, a bank).
/// </summary>
/// <param name="Flow">The topic a victim's story belongs to.</param>
/// <param name="Someone">Phrases (folded) that say someone contacted the resident: "có người gọi", "xưng là", "người lạ".</param>
/// <param name="Harm">Phrases (folded) that say what was asked for or lost: "chuyển tiền", "mã otp", "cài ứng dụng", "bị lừa".</param>
/// <param name="Lost">
/// Phrases (folded) that alone say the resident already lost money, a code or papers ("bị lừa mất", "lỡ chuyển", "đã
/// đưa mã"): who did it goes without saying. Empty when content has none.
/// </param>
public sealed record VictimStoryCues(string Flow, IReadOnlyList<string> Someone, IReadOnlyList<string> Harm, IReadOnlyList<string> Lost)
{
    /// <summary>Cues with every phrase folded the way messages are ("Chuyển tiền" → "chuyen tien").</summary>
    public static VictimStoryCues Folded(string flow, IEnumerable<string> someone, IEnumerable<string> harm, IEnumerable<string>? lost = null) =>
        new(flow, Fold(someone), Fold(harm), Fold(lost ?? []));

    /// <summary>True when the folded message (spaces around it) holds a phrase of each kind, or one that says something was lost.</summary>
    public bool Tell(string paddedFolded) => (Has(paddedFolded, Someone) && Has(paddedFolded, Harm)) || Has(paddedFolded, Lost);

    private static bool Has(string paddedFolded, IReadOnlyList<string> phrases)
    {
        foreach (var phrase in phrases)
        {
            if (paddedFolded.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Each phrase matches whole words only: " chuyen tien " inside " ... chuyen tien cho ... ".
    private static string[] Fold(IEnumerable<string> phrases) =>
        [.. phrases.Select(p => " " + VietnameseText.Fold(p) + " ").Where(p => p.Trim().Length > 0).Distinct(StringComparer.Ordinal)];
}
