using System.Diagnostics;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Dialogs.Pipeline;

/// <summary>Runs one turn end to end: load → handlers or engine → atomic commit → replies.</summary>
/// <remarks>
/// Replies are returned only after the commit succeeded, so a resident is never told something
/// the bot then forgets. On a version conflict (another instance wrote first) the turn is run
/// again on fresh state. A redelivered update (same update id) is answered once. Turns of one
/// conversation are serialised inside this process; across processes the version check orders them.
/// </remarks>
public sealed class TurnProcessor
{
    /// <summary>Longest text looked at; anything longer is cut (channels reject far longer input first).</summary>
    public const int MaxTextLength = 4_000;

    private const int MaxAttempts = 8;

    private readonly IConversationStore _store;
    private readonly IEngineProvider _engines;
    private readonly ITurnHandler[] _handlers;
    private readonly Dictionary<string, IInputHandler> _inputs;
    private readonly ITurnObserver[] _observers;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly KeyedLock<ConversationKey> _locks = new();

    public TurnProcessor(
        IConversationStore store,
        IEngineProvider engines,
        IEnumerable<ITurnHandler>? handlers = null,
        IEnumerable<IInputHandler>? inputs = null,
        IEnumerable<ITurnObserver>? observers = null,
        TimeProvider? time = null,
        ILogger<TurnProcessor>? logger = null)
    {
        _store = store;
        _engines = engines;
        _handlers = (handlers ?? []).OrderBy(h => h.Order).ToArray();
        _inputs = (inputs ?? []).ToDictionary(i => i.Name, StringComparer.Ordinal);
        _observers = (observers ?? []).ToArray();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The store in use.</summary>
    public IConversationStore Store => _store;

    /// <summary>Processes one inbound message for one conversation.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached; nothing was done.</exception>
    public async Task<TurnResult> ProcessAsync(ConversationKey key, InboundMessage input, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        input = Bound(input);
        using var held = await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var snapshot = await _store.LoadAsync(key, input.UpdateId, cancellationToken).ConfigureAwait(false);
            if (snapshot.AlreadyProcessed)
            {
                return TurnResult.AlreadyHandled;
            }

            var engine = _engines.Current;
            var (next, replies, outcome, forget, explanation) = await RunAsync(key, input, snapshot, engine, cancellationToken).ConfigureAwait(false);
            var commit = await _store.CommitAsync(key, forget ? null : next, snapshot.Version, input.UpdateId, cancellationToken)
                .ConfigureAwait(false);
            switch (commit)
            {
                case CommitOutcome.Committed:
                    var result = new TurnResult(replies, next.Flow, next.Node, outcome) { Explanation = explanation };
                    Notify(key, input, snapshot.Record, forget ? null : next, result, Stopwatch.GetElapsedTime(started));
                    return result;
                case CommitOutcome.Duplicate:
                    return TurnResult.AlreadyHandled;
                default:
                    _logger.LogDebug("Version conflict on {Conversation}, attempt {Attempt}; running the turn again", key.Channel, attempt);
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        throw new TurnConflictException($"The turn lost the version race {MaxAttempts} times; the platform should redeliver it.");
    }

    private async ValueTask<EngineResult> RunAsync(
        ConversationKey key,
        InboundMessage input,
        ConversationSnapshot snapshot,
        DialogEngine engine,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var record = snapshot.Record;
        var prefix = new List<Reply>(1);
        if (snapshot.Unreadable)
        {
            _logger.LogWarning("Stored conversation on channel {Channel} could not be read; starting it again", key.Channel);
            record = null;
            prefix.Add(Reply.Plain(engine.Content.Text(TextKeys.StateReset, "vi")));
        }

        try
        {
            var current = record ?? ConversationRecord.New(engine.Content.Version);
            var context = new TurnContext(key, input, current, record is null, engine, now);
            var handled = await TryHandlersAsync(context, cancellationToken).ConfigureAwait(false);
            if (handled is not null)
            {
                var kept = handled.Record ?? current;
                return new EngineResult(kept with { Turns = kept.Turns + 1, UpdatedAt = now }, [.. prefix, .. handled.Replies], handled.Outcome,
                    Explanation: handled.Explanation);
            }

            var result = engine.Run(record, input, now);
            return prefix.Count == 0 ? result : result with { Replies = [.. prefix, .. result.Replies] };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            // One apology, and the record stays as it was: nothing half-done is saved.
            _logger.LogError(ex, "Turn failed on channel {Channel}; answered with an apology", key.Channel);
            var unchanged = record ?? ConversationRecord.New(engine.Content.Version);
            var apology = Reply.Plain(engine.Content.Text(TextKeys.Error, unchanged.Locale));
            return new EngineResult(unchanged with { UpdatedAt = now }, [apology], TurnOutcome.Fallback);
        }
    }

    private async ValueTask<HandlerResult?> TryHandlersAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // "6" or the words of a plug-in's button (e.g. the alerts menu entry) mean the same as tapping it.
        if (context.Input.Text is { } typed
            && context.Engine.TypedChoice(context.Record, typed) is { Payload: var chosen }
            && Payloads.IsPlugIn(chosen))
        {
            context = context with { Input = context.Input with { Text = null, Payload = chosen } };
        }

        foreach (var handler in _handlers)
        {
            if (await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false) is { } result)
            {
                return result;
            }
        }

        if (context.Input.Text is { } text
            && context.Engine.InputHandlerAt(context.Record) is { } name
            && _inputs.TryGetValue(name, out var input)
            && !context.Engine.IsNavigation(context.Record, text))
        {
            return await input.HandleAsync(context, text, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private void Notify(ConversationKey key, InboundMessage input, ConversationRecord? before, ConversationRecord? after, TurnResult result, TimeSpan elapsed)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnTurnCommitted(key, input, before, after, result, elapsed);
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Turn observer {Observer} failed", observer.GetType().Name);
            }
        }
    }

    private static InboundMessage Bound(InboundMessage input) =>
        input.Text is { Length: > MaxTextLength } text ? input with { Text = text[..MaxTextLength] } : input;
}
