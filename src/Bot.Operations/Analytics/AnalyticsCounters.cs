namespace Bot.Operations.Analytics;

/// <summary>Names of the per-day counters (one Redis hash each) and how their fields are formed.</summary>
/// <remarks>Every field is built from content ids, channel names or outcomes, except <see cref="Fallback"/>,
/// whose fields are masked, shortened phrases capped in number per day.</remarks>
public static class AnalyticsCounters
{
    /// <summary>Field "channel|outcome" (outcome = TurnOutcome in lower case).</summary>
    public const string Turns = "turns";

    /// <summary>Field "channel": a new conversation, or one resumed after the idle gap.</summary>
    public const string Conversations = "conversations";

    /// <summary>Field "matched", "ambiguous" or "fallback": how typed text was routed.</summary>
    public const string Routing = "routing";

    /// <summary>Field "channel|flow": a conversation entered the flow.</summary>
    public const string Started = "started";

    /// <summary>Field "channel|flow": a conversation reached a final step of the flow.</summary>
    public const string Finished = "finished";

    /// <summary>Field "flow|node": a conversation arrived at the step.</summary>
    public const string Entered = "entered";

    /// <summary>Field "flow|node": a conversation moved from the step to another step of the same flow.</summary>
    public const string Continued = "continued";

    /// <summary>Field "flow|node": a conversation left the flow from this (non-final) step: menu, another flow, forget.</summary>
    public const string Left = "left";

    /// <summary>
    /// Field "decision|target|runner-up|reason" for typed free text (e.g. "route|eid|services|confident",
    /// "check|eid|-|link"): where the understanding stage sent it and why. Content ids and codes only, never text.
    /// </summary>
    public const string Understanding = "understanding";

    /// <summary>Field = the masked phrase that nothing matched.</summary>
    public const string Fallback = "fallback";

    /// <summary>The fallback field that collects phrases beyond the daily cap.</summary>
    public const string OtherPhrases = "(khác)";

    /// <summary>Every counter name, for readers.</summary>
    public static IReadOnlyList<string> All { get; } = [Turns, Conversations, Routing, Started, Finished, Entered, Continued, Left, Understanding, Fallback];

    /// <summary>Joins two parts of a field.</summary>
    public static string Field(string first, string second) => first + "|" + second;
}
