using System.Diagnostics;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.State;
using Bot.Dialogs.Turns;
using Bot.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Dialogs.Pipeline;

/// <summary>Runs one turn end to end: load → handlers or engine → atomic commit → replies.</summary>
/// <remarks>
/// <para>
/// Replies are returned only after the commit succeeded, so a resident is never told something the
/// bot then forgets. On a version conflict (another instance wrote first) the turn is run again on
/// fresh state. A redelivered update (same update id) is applied once. Turns of one conversation are
/// serialised here, and only here, inside this process (<see cref="KeyedLock{TKey}"/>, first come
/// first served); across processes the version check orders them.
/// </para>
/// <para>
/// Channels call <see cref="RunTurnAsync"/>, the one adapter contract (verify → map → <b>run</b> →
/// render → send) with the one turn-error policy: the store down or the version race lost →
/// <see cref="TurnRunStatus.RetryLater"/>, nothing acknowledged; any other exception → logged with the
/// turn id, counted, one apology.
/// </para>
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
        IEnumerable<ITurnHandler>? handlers = null, // in the order they run
        IEnumerable<IInputHandler>? inputs = null,
        IEnumerable<ITurnObserver>? observers = null,
        TimeProvider? time = null,
        ILogger<TurnProcessor>? logger = null)
    {
        _store = store;
        _engines = engines;
        _handlers = (handlers ?? []).ToArray();
        _inputs = (inputs ?? []).ToDictionary(i => i.Name, StringComparer.Ordinal);
        _observers = (observers ?? []).ToArray();
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The handlers tried before the engine, in the order they run (as composed, see <see cref="TurnPipelineBuilder"/>).</summary>
    public IReadOnlyList<ITurnHandler> Handlers => _handlers;

    /// <summary>The store in use.</summary>
    public IConversationStore Store => _store;

    /// <summary>
    /// Runs one turn for a channel and delivers its answer to <paramref name="sink"/>: the adapter
    /// contract every channel uses, with the one turn-error policy (see <see cref="TurnRunStatus"/>).
    /// </summary>
    /// <returns>What became of the update; the channel acknowledges it unless <see cref="TurnRun.Processed"/> is false.</returns>
    public async Task<TurnRun> RunTurnAsync(ConversationKey key, InboundMessage input, IReplySink sink, CancellationToken cancellationToken = default)
    {
        var turnId = NewTurnId();
        using var scope = _logger.BeginScope(new TurnLogScope(turnId));
        using var held = await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        Processed processed;
        try
        {
            processed = await ProcessHeldAsync(key, input, sink.ReplaysAnswers, turnId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is StoreUnavailableException or TurnConflictException)
        {
            var reason = ex is StoreUnavailableException ? "store_unavailable" : "conflict";
            _logger.LogWarning("Turn {TurnId} on channel {Channel} not processed ({Reason}); nothing was saved, the channel asks for it again later",
                turnId, key.Channel, reason);
            BotMetrics.RecordTurnFailure(key.Channel, reason);
            return new TurnRun(TurnRunStatus.RetryLater, turnId);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Outside the handlers and the engine (a store bug, a codec bug): nothing was committed.
            _logger.LogError(ex, "Turn {TurnId} on channel {Channel} failed; answered with an apology", turnId, key.Channel);
            BotMetrics.RecordTurnFailure(key.Channel, "error");
            var apology = new TurnResult([Reply.Plain(_engines.Current.Content.Text(TextKeys.Error, Locale(input)))], null, null, TurnOutcome.Fallback);
            await DeliverAsync(sink, apology, key, turnId, cancellationToken).ConfigureAwait(false);
            return new TurnRun(TurnRunStatus.Apologised, turnId, apology);
        }

        var result = processed.Result;
        if (result.Duplicate && !sink.ReplaysAnswers)
        {
            _logger.LogDebug("Turn {TurnId}: update was answered before; nothing sent again", turnId);
            return new TurnRun(TurnRunStatus.AlreadyAnswered, turnId);
        }

        await DeliverAsync(sink, result, key, turnId, cancellationToken).ConfigureAwait(false);
        var status = result.Duplicate ? TurnRunStatus.Replayed : processed.Apologised ? TurnRunStatus.Apologised : TurnRunStatus.Answered;
        return new TurnRun(status, turnId, result);
    }

    /// <summary>Processes one inbound message and returns the committed result (features, tools and tests; channels use <see cref="RunTurnAsync"/>).</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be reached; nothing was done.</exception>
    /// <exception cref="TurnConflictException">The version race was lost every time; nothing was done.</exception>
    public async Task<TurnResult> ProcessAsync(ConversationKey key, InboundMessage input, CancellationToken cancellationToken = default)
    {
        using var held = await _locks.AcquireAsync(key, cancellationToken).ConfigureAwait(false);
        return (await ProcessHeldAsync(key, input, keepAnswer: false, NewTurnId(), cancellationToken).ConfigureAwait(false)).Result;
    }

    private async Task<Processed> ProcessHeldAsync(ConversationKey key, InboundMessage input, bool keepAnswer, string turnId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        input = Bound(input) with { Channel = key.Channel };
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var snapshot = await _store.LoadAsync(key, input.UpdateId, cancellationToken).ConfigureAwait(false);
            if (snapshot.AlreadyProcessed)
            {
                return new Processed(Replay(snapshot), false);
            }

            var engine = _engines.Current;
            var (result, failed) = await RunAsync(key, input, snapshot, engine, turnId, cancellationToken).ConfigureAwait(false);
            var (next, replies, outcome, forget, explanation) = result;
            next = next with { ChoicePending = ChoiceStillPending(snapshot.Record, input, next, outcome) };
            var answer = keepAnswer && input.UpdateId is not null ? new TurnAnswer(replies, next.Flow, next.Node) : null;
            var commit = await _store.CommitAsync(key, forget ? null : next, snapshot.Version, input.UpdateId, answer, cancellationToken)
                .ConfigureAwait(false);
            switch (commit)
            {
                case CommitOutcome.Committed:
                    var committed = new TurnResult(replies, next.Flow, next.Node, outcome) { Explanation = explanation, Locale = next.Locale };
                    Notify(key, input, snapshot.Record, forget ? null : next, committed, Stopwatch.GetElapsedTime(started));
                    return new Processed(committed, failed);
                case CommitOutcome.Duplicate when !keepAnswer:
                    return new Processed(TurnResult.AlreadyHandled, false);
                default:
                    // A conflict; or the same update committed meanwhile by another instance, whose
                    // kept answer the next load reads.
                    _logger.LogDebug("Turn {TurnId}: {Commit} on channel {Channel}, attempt {Attempt}; running the turn again",
                        turnId, commit, key.Channel, attempt);
                    await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken).ConfigureAwait(false);
                    break;
            }
        }

        throw new TurnConflictException($"The turn lost the version race {MaxAttempts} times; the platform should redeliver it.");
    }

    /// <summary>
    /// Whether a "which do you mean?" is still open after this turn: it was just asked, or it was open and the turn
    /// neither typed anything nor changed topic (a button pressed inside the same flow cannot settle it).
    /// </summary>
    public static bool ChoiceStillPending(ConversationRecord? before, InboundMessage input, ConversationRecord after, TurnOutcome outcome) =>
        outcome == TurnOutcome.Ambiguous || before is { ChoicePending: true } && !SettlesChoice(before, input, after);

    /// <summary>A typed message or a turn that changes topic settles an open "which do you mean?" (chosen or not).</summary>
    public static bool SettlesChoice(ConversationRecord? before, InboundMessage input, ConversationRecord? after) =>
        input.Text is not null || !string.Equals(after?.Flow, before?.Flow, StringComparison.Ordinal);

    /// <summary>The answer kept with the update's mark, or where the conversation stands when none was kept.</summary>
    private static TurnResult Replay(ConversationSnapshot snapshot) => snapshot.Answer is { } kept
        ? new TurnResult(kept.Replies, kept.FlowId, kept.NodeId, TurnOutcome.Duplicate, Duplicate: true) { Locale = snapshot.Record?.Locale }
        : TurnResult.AlreadyHandled with { FlowId = snapshot.Record?.Flow, NodeId = snapshot.Record?.Node, Locale = snapshot.Record?.Locale };

    private async ValueTask<(EngineResult Result, bool Failed)> RunAsync(
        ConversationKey key,
        InboundMessage input,
        ConversationSnapshot snapshot,
        DialogEngine engine,
        string turnId,
        CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var record = snapshot.Record;
        var prefix = new List<Reply>(1);
        if (snapshot.Unreadable)
        {
            _logger.LogWarning("Turn {TurnId}: stored conversation on channel {Channel} could not be read; starting it again", turnId, key.Channel);
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
                return (new EngineResult(kept with { Turns = kept.Turns + 1, UpdatedAt = now }, [.. prefix, .. handled.Replies], handled.Outcome,
                    Explanation: handled.Explanation), false);
            }

            var result = engine.Run(record, input, now);
            return (prefix.Count == 0 ? result : result with { Replies = [.. prefix, .. result.Replies] }, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not StoreUnavailableException)
        {
            // One apology, and the record stays as it was: nothing half-done is saved. The update is
            // marked processed with it, so a redelivery is not a second failure (nor a second apology).
            _logger.LogError(ex, "Turn {TurnId} on channel {Channel} failed in a handler or the engine; answered with an apology", turnId, key.Channel);
            BotMetrics.RecordTurnFailure(key.Channel, "error");
            var unchanged = record ?? ConversationRecord.New(engine.Content.Version);
            var apology = Reply.Plain(engine.Content.Text(TextKeys.Error, unchanged.Locale));
            return (new EngineResult(unchanged with { UpdatedAt = now }, [apology], TurnOutcome.Fallback), true);
        }
    }

    private async ValueTask<HandlerResult?> TryHandlersAsync(TurnContext context, CancellationToken cancellationToken)
    {
        // "6" or the words of a plug-in's button (e.g. the alerts menu entry) mean the same as tapping it.
        if (context.Input.Text is { } typed
            && context.Engine.TypedChoice(context.Record, typed, context.Key.Channel) is { Payload: var chosen }
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
            && !context.Engine.IsNavigation(context.Record, text, context.Key.Channel))
        {
            return await input.HandleAsync(context, text, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task DeliverAsync(IReplySink sink, TurnResult result, ConversationKey key, string turnId, CancellationToken cancellationToken)
    {
        try
        {
            await sink.DeliverAsync(result, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // The turn is committed: the resident's next message continues from it. Not re-thrown, so a
            // webhook still acknowledges an update whose state is saved (a redelivery would send nothing).
            _logger.LogError(ex, "Turn {TurnId} on channel {Channel} was saved but its answer could not be delivered", turnId, key.Channel);
            BotMetrics.RecordTurnFailure(key.Channel, "delivery");
        }
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

    /// <summary>Ten random letters: no digits, so the logs' masking of numbers (phones, ID numbers, codes) never hides it.</summary>
    // A turn id only ties a turn's log lines together; it guards nothing, so it needs no cryptographic randomness.
    // RandomNumberGenerator drew OpenSSL bytes letter by letter here (26 is not a power of two): about 2 % of a
    // turn's CPU in the round-3 profile (docs/benchmarks.md).
    private static string NewTurnId() => Random.Shared.GetString("abcdefghijklmnopqrstuvwxyz", 10);

    private static string Locale(InboundMessage input) =>
        input.PlatformLocale is { } locale && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";

    private static InboundMessage Bound(InboundMessage input) =>
        input.Text is { Length: > MaxTextLength } text ? input with { Text = text[..MaxTextLength] } : input;

    private readonly record struct Processed(TurnResult Result, bool Apologised);
}
