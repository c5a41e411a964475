namespace Bot.Broadcasts.Alerts;

/// <summary>Alerts, their counters and the job schedule: the broadcast feature's storage port (Redis in Bot.Broadcasts.Redis).</summary>
public interface IAlertStore
{
    /// <summary>Stores a new alert and lists it in the bounded index of recent alerts.</summary>
    Task SaveNewAsync(BroadcastAlert alert);

    /// <summary>The ids of the latest <paramref name="max"/> alerts, newest first.</summary>
    Task<IReadOnlyList<string>> RecentIdsAsync(int max);

    /// <summary>Messages delivered per channel ("telegram" → 1,200).</summary>
    Task<IReadOnlyDictionary<string, long>> SentByChannelAsync(string id);

    /// <summary>The alert, or null when the id is malformed or unknown.</summary>
    Task<BroadcastAlert?> GetAsync(string id);

    /// <summary>How many recipients got it, blocked the bot, failed or still wait.</summary>
    Task<AlertCounts> GetCountsAsync(string id);

    /// <summary>The alert's reach per channel (reached by type, waiting and skipped by reason, failed).</summary>
    Task<IReadOnlyList<ChannelReach>> GetReachAsync(string id);

    /// <summary>Moves the alert from one of <paramref name="from"/> to <paramref name="to"/>, setting extra fields; false if it was not in such a state.</summary>
    /// <remarks>A compare-and-set: of two approvers pressing at once, one wins.</remarks>
    Task<bool> TransitionAsync(string id, IEnumerable<string> from, string to, params (string Field, string Value)[] fields);

    /// <summary>Sets one field of the alert (the author's progress message id).</summary>
    Task SetFieldAsync(string id, string field, string value);

    /// <summary>Queues the alert for enqueueing at <paramref name="due"/>.</summary>
    Task ScheduleAsync(string id, DateTimeOffset due);
}
