namespace Bot.LoadTest;

/// <summary>What every resident of one run shares.</summary>
internal sealed class RunContext(HttpClient http, Uri webhook, string secret, ChatInboxes inboxes, TurnLog log, bool lenient, TimeSpan turnTimeout, TimeSpan think)
{
    private int _updateId = Random.Shared.Next(1_000_000, 1_000_000_000);

    public HttpClient Http { get; } = http;
    public Uri Webhook { get; } = webhook;
    public string Secret { get; } = secret;
    public ChatInboxes Inboxes { get; } = inboxes;
    public TurnLog Log { get; } = log;
    public bool Lenient { get; } = lenient;
    public TimeSpan TurnTimeout { get; } = turnTimeout;

    /// <summary>How long a resident waits after a reply before the next step (zero: at once).</summary>
    public TimeSpan Think { get; } = think;

    /// <summary>Telegram's update ids increase per bot; Telegram.Bot reads them as int.</summary>
    public int NextUpdateId() => Interlocked.Increment(ref _updateId);
}
