using System.Collections.Concurrent;

namespace Bot.Channels.Zalo;

/// <summary>The latest outcome of each kind of call one Zalo channel made (send, token refresh, setWebhook …), for its health check.</summary>
/// <remarks>
/// Only calls whose failure says something about the channel are recorded: a resident outside the
/// 7-day window is a fact about that resident, so Zalo's answer still counts as a working call.
/// </remarks>
public sealed class ZaloApiStatus(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ZaloApiOutcome> _latest = new(StringComparer.Ordinal);

    /// <summary><paramref name="operation"/> worked.</summary>
    public void Succeeded(string operation) =>
        _latest[operation] = new ZaloApiOutcome(operation, null, false, time.GetUtcNow());

    /// <summary><paramref name="operation"/> failed; <paramref name="operatorMustAct"/> when waiting will not fix it (a refused token or secret).</summary>
    public void Failed(string operation, string reason, bool operatorMustAct) =>
        _latest[operation] = new ZaloApiOutcome(operation, reason, operatorMustAct, time.GetUtcNow());

    /// <summary>The latest outcome per operation.</summary>
    public IReadOnlyCollection<ZaloApiOutcome> Latest => _latest.Values.ToList();
}
