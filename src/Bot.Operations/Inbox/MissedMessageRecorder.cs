using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Privacy;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Bot.Dialogs.Understanding.Inbox;
using Bot.Operations.Analytics;

namespace Bot.Operations.Inbox;

/// <summary>
/// Fills the misunderstood inbox: every typed message that fell back, and every "which do you
/// mean?" the resident left without choosing, masked by the privacy guard, with the router's best topics.
/// </summary>
/// <remarks>
/// A "which do you mean?" is held per conversation until the resident's next turn: reaching one of
/// the offered topics resolves it; anything else, or silence for <see cref="AskTimeout"/>, makes it
/// a miss. The held question lives in this instance's memory only (bounded), so on a fleet a
/// resident whose next turn lands on another instance may go uncounted; fallbacks are always counted.
/// Only masked text leaves this class, and it never blocks a turn: sightings are queued for the writer.
/// </remarks>
public sealed partial class MissedMessageRecorder(IEngineProvider engines, ITextMasker masker, MissedMessageQueue queue, TimeProvider time) : ITurnObserver
{
    /// <summary>How long a resident has to choose after "which do you mean?" before it counts as not understood.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(10);

    private const int MaxHeldQuestions = 10_000;
    private const int MaxTextLength = 200;
    private const int MaxSuggestions = 3;
    private readonly ConcurrentDictionary<ConversationKey, HeldQuestion> _held = new();

    public void OnTurnCommitted(ConversationKey key, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed)
    {
        // Without the input there is nothing to keep; the overload with it does the work.
    }

    public void OnTurnCommitted(ConversationKey key, InboundMessage input, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed)
    {
        if (result.Duplicate)
        {
            return;
        }

        if (_held.TryRemove(key, out var question) && !(after?.Flow is { } flow && question.Flows.Contains(flow)))
        {
            queue.TryAdd(question.Sighting);
        }

        if (input.Text is not { } text || result.Explanation?.Decision is not ("fallback" or "ask") || Sighting(text) is not { } sighting)
        {
            return;
        }

        if (result.Explanation.Decision == "fallback")
        {
            queue.TryAdd(sighting);
            return;
        }

        var offered = sighting.Suggestions.Select(s => s.Flow)
            .Concat(new[] { result.Explanation.Target, result.Explanation.RunnerUp }.OfType<string>().Select(t => t.Split('/', 2)[0]))
            .ToHashSet(StringComparer.Ordinal);
        if (_held.Count >= MaxHeldQuestions || !_held.TryAdd(key, new HeldQuestion(sighting, offered)))
        {
            queue.TryAdd(sighting); // no room to wait for the answer: counted now rather than lost
        }
    }

    /// <summary>Counts every "which do you mean?" nobody answered within <see cref="AskTimeout"/> (the writer calls this periodically).</summary>
    public void FlushUnanswered()
    {
        var cutoff = time.GetUtcNow() - AskTimeout;
        foreach (var (key, question) in _held)
        {
            if (question.Sighting.At <= cutoff && _held.TryRemove(new KeyValuePair<ConversationKey, HeldQuestion>(key, question)))
            {
                queue.TryAdd(question.Sighting);
            }
        }
    }

    private MissSighting? Sighting(string text)
    {
        var masked = Mask(text);
        if (MissKey.Folded(masked).Length == 0)
        {
            return null; // only numbers or symbols: nothing an editor could learn from
        }

        var suggestions = engines.Current.Understander.Recognize(text)
            .Where(c => UnderstandingPolicy.IsTopic(c.Target))
            .Take(MaxSuggestions)
            .Select(c => new MissSuggestion(c.Target.FlowId, c.Target.NodeId, Math.Round(c.Score, 2)))
            .ToList();
        return new MissSighting(MissKey.Of(masked), masked, suggestions, time.GetUtcNow());
    }

    /// <summary>The privacy guard's mask, then any run of four or more digits starred (a bare code has no keyword to go by), bounded.</summary>
    private string Mask(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var masked = BareCode().Replace(masker.Mask(collapsed), m => new string('*', m.Length));
        return masked.Length <= MaxTextLength ? masked : masked[..MaxTextLength].TrimEnd() + "…";
    }

    [GeneratedRegex(@"\d{4,}", RegexOptions.CultureInvariant)]
    private static partial Regex BareCode();

    private sealed record HeldQuestion(MissSighting Sighting, IReadOnlySet<string> Flows);
}
