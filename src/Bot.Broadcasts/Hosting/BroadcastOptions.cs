namespace Bot.Broadcasts.Hosting;

/// <summary>Broadcast settings (section <c>Broadcasts</c>).</summary>
public sealed class BroadcastOptions
{
    /// <summary>Highest per-channel rate accepted (Telegram paid broadcasts allow 1,000 messages/s).</summary>
    public const int MaxRatePerSecond = 1_000;

    /// <summary>Nothing is sent before a second person approves (on by default; turn off only for drills).</summary>
    public bool RequireApproval { get; set; } = true;

    /// <summary>How long an alert waits for approval before it expires.</summary>
    public TimeSpan ApprovalTimeout { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Hosts links in alerts may point to; "*.gov.vn" means gov.vn and every sub-domain.</summary>
    public List<string> AllowedLinkDomains { get; set; } = [];

    /// <summary>The areas file; empty means <c>areas.yaml</c> in the content folder.</summary>
    public string AreasFile { get; set; } = "";

    /// <summary>Time zone of the quiet hours.</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>Quiet hours start (local time): non-urgent alerts wait until <see cref="QuietHoursEnd"/>.</summary>
    public TimeSpan QuietHoursStart { get; set; } = TimeSpan.FromHours(21);

    /// <summary>Quiet hours end (local time).</summary>
    public TimeSpan QuietHoursEnd { get; set; } = TimeSpan.FromHours(7);

    /// <summary>Messages per second per channel, shared by every instance ("telegram": 25).</summary>
    public Dictionary<string, int> RatePerSecond { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Rate for channels not listed in <see cref="RatePerSecond"/>.</summary>
    public int DefaultRatePerSecond { get; set; } = 25;

    /// <summary>Least time between two messages to the same chat (Telegram: about 1 s).</summary>
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Sends in flight per channel per instance; also the most duplicates a crash can cause.</summary>
    public int Concurrency { get; set; } = 32;

    /// <summary>Tries for a transient failure (5xx, timeout) before the recipient is marked failed.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>How long a message may sit with a silent instance before another instance takes it over.</summary>
    public TimeSpan ClaimIdleTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the officer's progress message is edited.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Longest pause between two polls of an idle delivery loop (the pause doubles from 50 ms after each empty poll).</summary>
    /// <remarks>Work queued by this instance wakes its loops at once; work queued by another instance waits at most this long.</remarks>
    public TimeSpan IdlePollMax { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long an officer invite code stays valid.</summary>
    public TimeSpan InviteLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Run the delivery worker in this process (turn off on web-only instances).</summary>
    public bool DeliveryEnabled { get; set; } = true;

    /// <summary>The rate for <paramref name="channel"/>.</summary>
    public int RateFor(string channel) => RatePerSecond.TryGetValue(channel, out var rate) ? rate : DefaultRatePerSecond;

    /// <summary>The link domains in force (the default when none are configured).</summary>
    public IReadOnlyList<string> LinkDomains => AllowedLinkDomains.Count > 0 ? AllowedLinkDomains : ["*.gov.vn"];

    /// <summary>Problems with these settings, each saying what to set.</summary>
    public IEnumerable<string> Validate()
    {
        foreach (var (channel, rate) in RatePerSecond.Append(new("(default)", DefaultRatePerSecond)))
        {
            if (rate is < 1 or > MaxRatePerSecond)
            {
                yield return $"Broadcasts:RatePerSecond:{channel} is {rate}; set 1–{MaxRatePerSecond} (Telegram: 25 free, up to 1000 with paid broadcasts).";
            }
        }

        if (Concurrency is < 1 or > 512)
        {
            yield return $"Broadcasts:Concurrency is {Concurrency}; set 1–512.";
        }

        if (MaxAttempts is < 1 or > 20)
        {
            yield return $"Broadcasts:MaxAttempts is {MaxAttempts}; set 1–20.";
        }

        if (ApprovalTimeout <= TimeSpan.Zero || InviteLifetime <= TimeSpan.Zero || ClaimIdleTime <= TimeSpan.Zero)
        {
            yield return "Broadcasts:ApprovalTimeout, InviteLifetime and ClaimIdleTime must be positive (e.g. \"12:00:00\").";
        }

        if (IdlePollMax < TimeSpan.FromMilliseconds(50) || IdlePollMax > TimeSpan.FromMinutes(5))
        {
            yield return $"Broadcasts:IdlePollMax is {IdlePollMax}; set 00:00:00.050–00:05:00 (default 00:00:01).";
        }

        if (QuietHoursStart < TimeSpan.Zero || QuietHoursStart >= TimeSpan.FromDays(1) || QuietHoursEnd < TimeSpan.Zero || QuietHoursEnd >= TimeSpan.FromDays(1))
        {
            yield return "Broadcasts:QuietHoursStart and QuietHoursEnd are times of day, e.g. \"21:00:00\" and \"07:00:00\".";
        }

        if (FindTimeZone(TimeZone) is null)
        {
            yield return $"Broadcasts:TimeZone '{TimeZone}' is unknown; use an IANA name such as Asia/Ho_Chi_Minh.";
        }

        foreach (var domain in AllowedLinkDomains.Where(d => string.IsNullOrWhiteSpace(d) || d.Contains('/') || d.Contains(':')))
        {
            yield return $"Broadcasts:AllowedLinkDomains entry '{domain}' must be a host name such as 'dichvucong.gov.vn' or '*.gov.vn'.";
        }
    }

    /// <summary>The time zone named <paramref name="id"/> (IANA), or null when this machine does not know it.</summary>
    public static TimeZoneInfo? FindTimeZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
}
