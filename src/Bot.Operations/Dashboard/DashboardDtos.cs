namespace Bot.Operations.Dashboard;

// The JSON the dashboard page reads (camelCase through the web serializer defaults).

/// <summary><c>GET /api/admin/stats?days=</c>: usage over the last days.</summary>
public sealed record StatsResponse(
    string From,
    string To,
    string Store,
    IReadOnlyList<string> Channels,
    IReadOnlyList<DayStats> Days,
    IReadOnlyDictionary<string, long> Routing,
    IReadOnlyList<FlowFunnel> Flows,
    IReadOnlyList<PhraseCount> Fallback);

/// <summary>One day: conversations per channel and all turns.</summary>
public sealed record DayStats(string Date, IReadOnlyDictionary<string, long> Conversations, long Turns);

/// <summary>One flow's funnel, steps in content order.</summary>
public sealed record FlowFunnel(string Id, string Title, long Started, long Finished, IReadOnlyList<FunnelStep> Steps);

/// <summary>One step: how many arrived, went on, and stopped here.</summary>
public sealed record FunnelStep(string Node, string Label, long Entered, long Continued, long Dropped, bool Final);

/// <summary>An unrecognised phrase (masked) and how often it was typed.</summary>
public sealed record PhraseCount(string Text, long Count);

/// <summary><c>GET /api/admin/status</c>: content, health, who is signed in.</summary>
public sealed record StatusResponse(
    string SignedInAs,
    string Role,
    ContentStatusDto Content,
    string Health,
    IReadOnlyList<HealthEntry> Checks,
    string AnalyticsStore);

/// <summary>Content version and the last reload.</summary>
public sealed record ContentStatusDto(string Version, DateTimeOffset LoadedAt, int Flows, DateTimeOffset? LastReloadAt, string? LastReloadError);

/// <summary>One health check (Redis, a channel, content).</summary>
public sealed record HealthEntry(string Name, string Status, string? Description);

/// <summary>
/// <c>GET /api/admin/cards</c>: one procedure card as editors see it in the list (read-only).
/// </summary>
/// <param name="Reviewed">The day a person checked it (YYYY-MM-DD), or null.</param>
/// <param name="OfficialSource">True when at least one source is on the official list (allowed-links.yaml).</param>
/// <param name="Sources">How many sources it cites.</param>
/// <param name="File">Where editors change it (procedures/&lt;id&gt;.yaml).</param>
public sealed record CardEntry(string Id, string Topic, string Title, string? Reviewed, bool OfficialSource, int Sources, string File);
