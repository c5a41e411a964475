namespace Bot.Broadcasts.Alerts;

/// <summary>Before approval: how one channel's subscribers to an alert could be reached if it went out now.</summary>
/// <param name="Channel">"telegram", "zalo-oa"…</param>
/// <param name="Subscribers">Subscribers of the alert's areas and topic on this channel.</param>
/// <param name="Now">Reachable at once, by message type.</param>
/// <param name="Later">Reachable later today or tomorrow, by reason ("night").</param>
/// <param name="Skipped">Not reachable, by reason ("not-following", "no-allowed-type"…).</param>
/// <param name="QuotaUse">Rationed messages (Zalo promotion) the alert would use.</param>
/// <param name="QuotaRemaining">What the platform says is left of that quota; null when unknown or not applicable.</param>
public sealed record ReachEstimate(
    string Channel,
    long Subscribers,
    IReadOnlyDictionary<string, long> Now,
    IReadOnlyDictionary<string, long> Later,
    IReadOnlyDictionary<string, long> Skipped,
    long QuotaUse,
    long? QuotaRemaining)
{
    /// <summary>"Telegram: 5 người, gửi được ngay 5 (tin nhắn 5)." in officers' words, one line per channel.</summary>
    public static string Describe(IReadOnlyList<ReachEstimate> estimates)
    {
        if (estimates.Count == 0)
        {
            return "Chưa có ai đăng ký nhận tin này.";
        }

        var lines = new List<string> { $"Dự kiến: {AlertFormatter.Number(estimates.Sum(e => e.Subscribers))} người đăng ký." };
        foreach (var e in estimates)
        {
            var parts = new List<string> { $"gửi được ngay {AlertFormatter.Number(e.Now.Values.Sum())}" + Detail(e.Now, ReachWords.Type) };
            if (e.Later.Count > 0)
            {
                parts.Add($"gửi sau {AlertFormatter.Number(e.Later.Values.Sum())}" + Detail(e.Later, ReachWords.Reason));
            }

            if (e.Skipped.Count > 0)
            {
                parts.Add($"không gửi được {AlertFormatter.Number(e.Skipped.Values.Sum())}" + Detail(e.Skipped, ReachWords.Reason));
            }

            if (e.QuotaUse > 0)
            {
                parts.Add($"dùng {AlertFormatter.Number(e.QuotaUse)} lượt tin truyền thông"
                          + (e.QuotaRemaining is { } left ? $", OA còn {AlertFormatter.Number(left)} lượt" : ""));
            }

            lines.Add($"• {ReachWords.Channel(e.Channel)}: {AlertFormatter.Number(e.Subscribers)} người — {string.Join("; ", parts)}.");
        }

        return string.Join("\n", lines);
    }

    private static string Detail(IReadOnlyDictionary<string, long> parts, Func<string, string> words) =>
        parts.Count == 0 ? "" : " (" + string.Join(", ", parts.Select(p => $"{words(p.Key)} {AlertFormatter.Number(p.Value)}")) + ")";
}
