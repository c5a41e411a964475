using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Privacy;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Options;

namespace Bot.Operations.Analytics;

/// <summary>
/// Turns each committed turn into anonymous day counters: conversations, flows started and finished,
/// steps entered, continued and left, routing outcomes, and masked phrases nothing matched.
/// </summary>
/// <remarks>
/// Nothing that identifies a resident is counted: no chat id, no typed text except the masked,
/// shortened fallback phrase. Drop-off at a step is what entered it and never continued
/// (left for the menu, another flow, or went silent), so no per-conversation tracking is needed.
/// </remarks>
public sealed partial class AnalyticsRecorder(
    AnalyticsBuffer buffer,
    IEngineProvider engines,
    ITextMasker masker,
    IOptions<AnalyticsOptions> options,
    TimeProvider time) : ITurnObserver
{
    private readonly AnalyticsOptions _options = options.Value;

    public void OnTurnCommitted(ConversationKey key, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed) =>
        Record(key, null, before, after, result);

    public void OnTurnCommitted(ConversationKey key, InboundMessage input, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed) =>
        Record(key, input, before, after, result);

    private void Record(ConversationKey key, InboundMessage? input, ConversationRecord? before, ConversationRecord? after, TurnResult result)
    {
        if (result.Duplicate)
        {
            return;
        }

        var now = time.GetUtcNow();
        var day = _options.DayOf(now);
        var channel = ChannelLabel(key.Channel);
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        buffer.Add(day, AnalyticsCounters.Turns, AnalyticsCounters.Field(channel, outcome));

        if (after is not null && (before is null || now - before.UpdatedAt > TimeSpan.FromMinutes(_options.IdleMinutes)))
        {
            buffer.Add(day, AnalyticsCounters.Conversations, channel);
        }

        if (result.Outcome switch
            {
                TurnOutcome.Routed => "matched",
                TurnOutcome.Ambiguous => "ambiguous",
                TurnOutcome.Fallback => "fallback",
                _ => null,
            } is { } routing)
        {
            buffer.Add(day, AnalyticsCounters.Routing, routing);
        }

        if (result.Explanation is { } why)
        {
            buffer.Add(day, AnalyticsCounters.Understanding,
                string.Join('|', why.Decision, FlowOf(why.Target), FlowOf(why.RunnerUp), why.Reason));
        }

        if (result.Outcome == TurnOutcome.Fallback && input?.Text is { } text && Phrase(text) is { Length: > 0 } phrase)
        {
            buffer.Add(day, AnalyticsCounters.Fallback, phrase);
        }

        RecordSteps(day, channel, before, after);
    }

    private void RecordSteps(DateOnly day, string channel, ConversationRecord? before, ConversationRecord? after)
    {
        var (fromFlow, fromNode) = (before?.Flow, before?.Node);
        var (toFlow, toNode) = (after?.Flow, after?.Node);
        if (fromFlow == toFlow && fromNode == toNode)
        {
            return;
        }

        var content = engines.Current.Content;
        if (toFlow is not null && toNode is not null)
        {
            buffer.Add(day, AnalyticsCounters.Entered, AnalyticsCounters.Field(toFlow, toNode));
            if (toFlow != fromFlow)
            {
                buffer.Add(day, AnalyticsCounters.Started, AnalyticsCounters.Field(channel, toFlow));
            }

            if (content.FindFlow(toFlow)?.FindNode(toNode) is { } node && IsFinal(node))
            {
                buffer.Add(day, AnalyticsCounters.Finished, AnalyticsCounters.Field(channel, toFlow));
            }
        }

        if (fromFlow is not null && fromNode is not null
            && content.FindFlow(fromFlow)?.FindNode(fromNode) is { } left && !IsFinal(left))
        {
            var counter = toFlow == fromFlow ? AnalyticsCounters.Continued : AnalyticsCounters.Left;
            buffer.Add(day, counter, AnalyticsCounters.Field(fromFlow, fromNode));
        }
    }

    // Flow level keeps the number of fields small ("eid/level2" → "eid"); "-" when there is none.
    private static string FlowOf(string? target) => target is null ? "-" : target.Split('/', 2)[0];

    /// <summary>A final step offers no way further inside its flow (only links, other flows, or navigation).</summary>
    public static bool IsFinal(NodeDefinition node) => !node.Buttons.Any(b => b.Goto is not null || b.Next.Count > 0);

    private string Phrase(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var masked = BareCode().Replace(masker.Mask(collapsed), m => new string('*', m.Length)).Replace('|', '/');
        return masked.Length <= _options.MaxPhraseLength ? masked : masked[.._options.MaxPhraseLength].TrimEnd() + "…";
    }

    // A code typed on its own ("482913") has no keyword for the privacy guard to go by; editors need
    // the words of a phrase, never its numbers, so any run of four or more digits left is starred too.
    [GeneratedRegex(@"\d{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex BareCode();

    // Channel names come from code, but a bounded label keeps a misbehaving channel from growing the hashes.
    private static string ChannelLabel(string channel) =>
        channel.Length is > 0 and <= 24 && channel.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? channel : "other";
}
