using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Metrics;

namespace Bot.Operations.Telemetry;

/// <summary>Counts every committed turn by channel and outcome, and records its latency.</summary>
public sealed class MetricsTurnObserver : ITurnObserver
{
    public void OnTurnCommitted(ConversationKey key, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed) =>
        BotMetrics.RecordTurn(
            key.Channel.Length <= 24 ? key.Channel : "other",
            result.Outcome.ToString().ToLowerInvariant(),
            elapsed);
}
