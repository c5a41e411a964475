using System.Security.Cryptography;
using System.Text;
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
/// A "which do you mean?" is held in the inbox's store (Redis on a fleet) until the conversation's next
/// turn, on whichever instance it lands: reaching one of the offered topics resolves it; anything else,
/// or silence for <see cref="AskTimeout"/>, makes it a miss. Conversations are named in the store by a
/// hash, never by their chat id. Only masked text leaves this class, and it never blocks a turn: events
/// are queued for the writer.
/// </remarks>
public sealed partial class MissedMessageRecorder(IEngineProvider engines, ITextMasker masker, MissedMessageQueue queue, TimeProvider time) : ITurnObserver
{
    /// <summary>How long a resident has to choose after "which do you mean?" before it counts as not understood.</summary>
    public static readonly TimeSpan AskTimeout = TimeSpan.FromMinutes(10);

    private const int MaxTextLength = 200;
    private const int MaxSuggestions = 3;

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

        // A held question is answered by the conversation's next typed message or by a turn that opens a
        // topic, wherever it lands. The record says whether one is open (TurnProcessor keeps the flag), so every
        // other turn, typed or pressed, costs the store nothing: that keeps the common turn at one Redis round
        // trip. A question left without such a turn is counted by the sweep after AskTimeout.
        // The conversation's hashed name is computed only for a turn that records something (most turns do not).
        if (before is { ChoicePending: true } && TurnProcessor.SettlesChoice(before, input, after))
        {
            queue.TryAdd(new InboxEvent.TurnTaken(Conversation(key), after?.Flow));
        }

        if (input.Text is not { } text || result.Explanation?.Decision is not ("fallback" or "ask") || Sighting(text) is not { } sighting)
        {
            return;
        }

        if (result.Explanation.Decision == "fallback")
        {
            queue.TryAdd(new InboxEvent.Missed(sighting));
            return;
        }

        var offered = sighting.Suggestions.Select(s => s.Flow)
            .Concat(new[] { result.Explanation.Target, result.Explanation.RunnerUp }.OfType<string>().Select(t => t.Split('/', 2)[0]))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        queue.TryAdd(new InboxEvent.Asked(Conversation(key), new HeldQuestion(sighting, offered)));
    }

    /// <summary>The conversation's name in the store: a hash of channel and chat id, so no chat id is written there.</summary>
    public static string Conversation(ConversationKey key) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key.Channel + "\n" + key.ChatId)), 0, 16).ToLowerInvariant();

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

}
