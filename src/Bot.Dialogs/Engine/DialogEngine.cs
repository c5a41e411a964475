using System.Collections.Concurrent;
using System.Globalization;
using Bot.Dialogs.Content;
using Bot.Dialogs.State;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;
using Stateless;

namespace Bot.Dialogs.Engine;

/// <summary>
/// The guided-dialog engine: a pure function from (conversation record, input) to (new record, replies).
/// </summary>
/// <remarks>
/// It does no I/O and keeps no per-conversation state, so it is safe to share; the Stateless
/// machines it fires are pooled and each serves one turn at a time. Build one per content version.
/// </remarks>
public sealed class DialogEngine
{
    /// <summary>Answer key of the note "the last turn asked for the commune's name" (the turn count it expects).</summary>
    internal const string AreaQuestionKey = "~area";

    private readonly ConcurrentBag<DialogMachine> _pool = [];
    private readonly ReplyRenderer _renderer;
    private readonly InputInterpreter _interpreter;
    private readonly StatePlaces _states;

    /// <summary>Compiles <paramref name="content"/> (fails fast if the machine cannot be built).</summary>
    public DialogEngine(ContentBundle content)
    {
        Content = content;
        _renderer = new ReplyRenderer(content);
        _states = new StatePlaces(content);
        Understander = new Understander(content);
        Buttons = IndexButtons(content);
        _interpreter = new InputInterpreter(content, _renderer, Understander, Buttons);
        _pool.Add(new DialogMachine(content, _renderer));
    }

    /// <summary>The content this engine was compiled from.</summary>
    public ContentBundle Content { get; }

    /// <summary>The recognizers and the policy for free text (topics, navigation, out-of-scope).</summary>
    public Understander Understander { get; }

    /// <summary>The free-text router built from the flows' example phrases, navigation phrasings and out-of-scope examples.</summary>
    public IntentRouter Router => Understander.Router;

    internal IReadOnlyDictionary<string, ButtonRef> Buttons { get; }

    /// <summary>Runs one turn.</summary>
    /// <param name="record">The stored record, or null for a new conversation.</param>
    /// <param name="input">What the resident sent.</param>
    /// <param name="now">The time to stamp on the new record.</param>
    public EngineResult Run(ConversationRecord? record, InboundMessage input, DateTimeOffset now) => Run(record, input, now, null);

    /// <summary>Runs one turn whose free text the understanding stage already decided about.</summary>
    /// <param name="record">The stored record, or null for a new conversation.</param>
    /// <param name="input">What the resident sent.</param>
    /// <param name="now">The time to stamp on the new record.</param>
    /// <param name="decision">The decision to carry out instead of deciding again (null: decide here).</param>
    public EngineResult Run(ConversationRecord? record, InboundMessage input, DateTimeOffset now, UnderstandingDecision? decision)
    {
        var isNew = record is null;
        record ??= ConversationRecord.New(Content.Version, LocaleFrom(input.PlatformLocale));

        var machine = _pool.TryTake(out var pooled) ? pooled : new DialogMachine(Content, _renderer);
        try
        {
            var turn = machine.Turn;
            machine.Unhandled = false;
            var contentChanged = Restore(turn, record);
            turn.Channel = input.Channel;
            var action = _interpreter.Interpret(turn, input, decision);
            var outcome = Apply(machine, action, isNew, contentChanged);

            if (action.Kind == InputKind.Command && action.Value == Commands.Forget)
            {
                var fresh = ConversationRecord.New(Content.Version, turn.Locale);
                return new EngineResult(fresh, [
                    Reply.Plain(Content.Text(TextKeys.Forgotten, turn.Locale)),
                    _renderer.Render(StateKeys.Menu, turn.Locale, canGoBack: false, channel: turn.Channel),
                ], TurnOutcome.Command, Forget: true);
            }

            var (flow, node) = _states.Split(turn.State);
            var next = new ConversationRecord
            {
                Flow = flow,
                Node = node,
                ContentVersion = Content.Version,
                Locale = turn.Locale,
                History = turn.History.ToArray(),
                Answers = turn.Answers.Count == 0 ? ConversationRecord.EmptyAnswers : turn.Answers,
                Turns = record.Turns + 1,
                UpdatedAt = now,
            };
            return new EngineResult(next, turn.Replies, outcome, Explanation: action.Why);
        }
        finally
        {
            _pool.Add(machine);
        }
    }

    /// <summary>A machine for one flow (or all, when null), for diagrams: <c>MermaidGraph.Format(m.GetInfo())</c>.</summary>
    public StateMachine<string, string> BuildMachine(string? flowId = null) =>
        new DialogMachine(Content, _renderer, flowId).Machine;

    /// <summary>The buttons a resident currently sees at <paramref name="record"/>'s step, numbered from 1.</summary>
    /// <param name="record">Where the conversation stands.</param>
    /// <param name="channel">The conversation's channel, which may not offer every button (see <see cref="ChannelRules"/>).</param>
    public IReadOnlyList<ReplyButton> CurrentButtons(ConversationRecord record, string? channel = null) =>
        _renderer.Buttons(StateOf(record) ?? StateKeys.Menu, record.Locale, record.History.Count > 0, record.Answers, channel);

    /// <summary>The <c>input:</c> handler name of the step <paramref name="record"/> stands on, if any.</summary>
    public string? InputHandlerAt(ConversationRecord record) =>
        Content.FindFlow(record.Flow)?.FindNode(record.Node ?? "")?.Input;

    /// <summary>
    /// True when <paramref name="text"/> typed at the record's step means navigation (a command, a
    /// button's number or words) rather than content for the step's input handler.
    /// </summary>
    public bool IsNavigation(ConversationRecord record, string text, string? channel = null)
    {
        var turn = new DialogTurn();
        turn.Reset(StateOf(record) ?? StateKeys.Menu, record.Locale, record.History, record.Answers);
        turn.Channel = channel;
        var folded = VietnameseText.Fold(text);
        return text.TrimStart().StartsWith('/')
               || Content.Commands.ContainsKey(folded)
               || _interpreter.IsButtonChoice(turn, folded);
    }

    /// <summary>
    /// True when typed <paramref name="text"/> at the record's step takes a fast path (a slash
    /// command, command words, a button's number or words, yes/no at a question, or the step's own
    /// input handler) rather than free-text understanding.
    /// </summary>
    public bool IsFastPath(ConversationRecord record, string text, string? channel = null)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('/') || InputHandlerAt(record) is not null || IsAwaitingArea(record))
        {
            return true;
        }

        var turn = new DialogTurn();
        turn.Reset(StateOf(record) ?? StateKeys.Menu, record.Locale, record.History, ConversationRecord.EmptyAnswers);
        turn.Channel = channel;
        var folded = VietnameseText.Fold(trimmed.Length > 500 ? trimmed.AsSpan(0, 500) : trimmed);
        return folded.Length == 0 || _interpreter.IsFastPath(turn, folded);
    }

    /// <summary>True when the last turn asked for a commune name: the typed text answers that question.</summary>
    private static bool IsAwaitingArea(ConversationRecord record) =>
        record.Answers.TryGetValue(AreaQuestionKey, out var asked) && AreaQuestion.Parse(asked).ForTurn == record.Turns;

    /// <summary>The button shown at the record's step that typed <paramref name="text"/> chooses (by number or words), if any.</summary>
    public ReplyButton? TypedChoice(ConversationRecord record, string text, string? channel = null)
    {
        var turn = new DialogTurn();
        turn.Reset(StateOf(record) ?? StateKeys.Menu, record.Locale, record.History, record.Answers);
        turn.Channel = channel; // typed numbers count the buttons this channel shows
        return _interpreter.ChosenButton(turn, VietnameseText.Fold(text));
    }

    /// <summary>Loads the record into the turn; returns true when its step vanished in a content update.</summary>
    private bool Restore(DialogTurn turn, ConversationRecord record)
    {
        var state = StateOf(record);
        // The turn copies the history; a filtered copy is made here only when a content update dropped a step.
        IReadOnlyList<string> history = _states.AllKnown(record.History) ? record.History : record.History.Where(_states.IsKnown).ToList();
        var changed = false;
        if (state is null)
        {
            changed = record.Flow is not null;
            state = Content.FindFlow(record.Flow) is { } flow ? StateKeys.Node(flow.Id, flow.Start) : StateKeys.Menu;
            if (changed)
            {
                history = [];
            }
        }

        turn.Reset(state, record.Locale, history, record.Answers, record.Turns);

        // The note that the last turn asked for a commune holds for this turn only.
        if (turn.Answers.Remove(AreaQuestionKey, out var asked))
        {
            var (forTurn, offered) = AreaQuestion.Parse(asked);
            turn.AwaitingArea = forTurn == record.Turns;
            turn.OfferedAreas = turn.AwaitingArea ? offered : [];
        }

        return changed;
    }

    private TurnOutcome Apply(DialogMachine machine, InputAction action, bool isNew, bool contentChanged)
    {
        var turn = machine.Turn;
        if (contentChanged)
        {
            turn.Replies.Add(Reply.Plain(Content.Text(TextKeys.ContentChanged, turn.Locale)));
        }

        switch (action.Kind)
        {
            case InputKind.Fire:
                if (action.Button is { } pressed)
                {
                    PrepareButton(turn, pressed);
                }

                var before = turn.Replies.Count;
                machine.Machine.Fire(action.Value!);
                if (!machine.Unhandled)
                {
                    ShowCurrentIfSilent(turn, before);
                    return action.Outcome;
                }

                turn.Replies.Add(Reply.Plain(Content.Text(TextKeys.StaleButton, turn.Locale)));
                turn.Replies.Add(Current(turn));
                return TurnOutcome.Stale;

            case InputKind.Command:
                if (action.Value != Commands.Forget)
                {
                    var count = turn.Replies.Count;
                    machine.Machine.Fire(Payloads.Command(action.Value!));
                    ShowCurrentIfSilent(turn, count);
                }

                return TurnOutcome.Command;

            case InputKind.AreaAsk:
                AskArea(turn, Words(turn).Ask);
                return TurnOutcome.Button;

            case InputKind.AreaSearch when action.Choices is { Count: > 0 } found:
                AskArea(turn, Words(turn).Choose, null, found);
                return TurnOutcome.Button;

            case InputKind.AreaSearch:
                AskArea(turn, Words(turn).NotFound, action.Value);
                return TurnOutcome.Fallback;

            case InputKind.AreaChosen:
                ChooseArea(machine, action.Value!);
                return TurnOutcome.Button;

            case InputKind.Ambiguous:
                turn.Replies.Add(new Reply(Content.Text(TextKeys.Ambiguous, turn.Locale), action.Choices ?? []));
                return TurnOutcome.Ambiguous;

            case InputKind.OutOfScope:
                var menu = Current(turn);
                var answer = Understander.OutOfScopeReply?.Get(turn.Locale) ?? Content.Text(TextKeys.Fallback, turn.Locale);
                turn.Replies.Add(new Reply(answer, menu.Buttons));
                return TurnOutcome.Fallback;

            case InputKind.Stale when contentChanged:
            case InputKind.NotUnderstood when contentChanged || isNew || turn.State == StateKeys.Menu && action.Greeting:
                turn.Replies.Add(Current(turn));
                return isNew ? TurnOutcome.Command : TurnOutcome.Fallback;

            case InputKind.Stale:
                turn.Replies.Add(Reply.Plain(Content.Text(TextKeys.StaleButton, turn.Locale)));
                turn.Replies.Add(Current(turn));
                return TurnOutcome.Stale;

            default:
                var key = turn.State == StateKeys.Menu ? TextKeys.Fallback : TextKeys.Reprompt;
                var current = Current(turn);
                turn.Replies.Add(new Reply(Content.Text(key, turn.Locale), current.Buttons));
                return TurnOutcome.Fallback;
        }
    }

    /// <summary>
    /// Before a button fires: a press on an older message first returns to the step it was shown
    /// on (remembering where the resident was), and an answer is recorded so guards can read it.
    /// </summary>
    private static void PrepareButton(DialogTurn turn, ButtonRef pressed)
    {
        if (pressed.State != turn.State)
        {
            turn.PushHistory(turn.State);
            turn.State = pressed.State;
        }

        if (pressed.Button.Answer is { } answer && pressed.Node?.Ask is { } question)
        {
            turn.Answers[question] = answer;
        }
    }

    /// <summary>
    /// A transition back onto the same state through a superstate's trigger (e.g. "menu" at the menu)
    /// runs no entry action in Stateless; the resident must still see where they are.
    /// </summary>
    private void ShowCurrentIfSilent(DialogTurn turn, int repliesBefore)
    {
        if (turn.Replies.Count == repliesBefore)
        {
            turn.Replies.Add(Current(turn));
        }
    }

    private Reply Current(DialogTurn turn) => _renderer.Render(turn.State, turn.Locale, turn.History.Count > 0, turn.Answers, turn.Channel);

    private static CommuneTexts Words(DialogTurn turn) => CommuneTexts.For(turn.Locale);

    /// <summary>Asks for the commune's name (again), and notes that the next turn's text is that name.</summary>
    private void AskArea(DialogTurn turn, string format, string? typed = null, IReadOnlyList<ReplyButton>? choices = null)
    {
        var example = Content.Communes.Communes.FirstOrDefault(c => c.Police is not null)?.Name
                      ?? Content.Communes.Communes.FirstOrDefault()?.Name ?? "";
        var text = typed is null
            ? string.Format(CultureInfo.InvariantCulture, format, example)
            : string.Format(CultureInfo.InvariantCulture, format, typed, example);
        var menu = new ReplyButton(Content.Text(TextKeys.MenuLabel, turn.Locale), Payloads.Command(Commands.Menu));
        turn.Replies.Add(new Reply(text, [.. choices ?? [], menu]));
        var offered = (choices ?? []).Select(c => c.Payload[Payloads.AreaPrefix.Length..]).ToList();
        turn.Answers[AreaQuestionKey] = AreaQuestion.Format(turn.Turns + 1, offered);
    }

    /// <summary>Remembers the commune and shows its police contact: on the contact step the resident is on, else on the first one.</summary>
    private void ChooseArea(DialogMachine machine, string areaId)
    {
        var turn = machine.Turn;
        turn.Answers[AnswerKeys.Area] = areaId;
        var before = turn.Replies.Count;
        if (!_renderer.IsContactStep(turn.State) && FirstContactStep() is { } step)
        {
            var (flow, node) = StateKeys.Split(step);
            machine.Machine.Fire(Payloads.Flow(flow!, node));
        }

        ShowCurrentIfSilent(turn, before);
    }

    private string? FirstContactStep() =>
        Content.Flows.Values.SelectMany(f => f.Nodes.Where(n => n.CommuneContact).Select(n => StateKeys.Node(f.Id, n.Id))).FirstOrDefault();

    private string? StateOf(ConversationRecord record)
    {
        if (record.Flow is null)
        {
            return StateKeys.Menu;
        }

        return _states.StateOf(record.Flow, record.Node);
    }

    private static string LocaleFrom(string? platformLocale) =>
        platformLocale is not null && platformLocale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "vi";

    private static Dictionary<string, ButtonRef> IndexButtons(ContentBundle content)
    {
        var index = new Dictionary<string, ButtonRef>(StringComparer.Ordinal);
        foreach (var button in content.Menu.Buttons)
        {
            var trigger = Payloads.Button(Payloads.MenuFlow, Payloads.MenuNode, button.Key);
            index[trigger] = new ButtonRef(StateKeys.Menu, trigger, button, null, null);
        }

        foreach (var flow in content.Flows.Values)
        {
            foreach (var node in flow.Nodes)
            {
                foreach (var button in node.Buttons)
                {
                    var trigger = Payloads.Button(flow.Id, node.Id, button.Key);
                    index[trigger] = new ButtonRef(StateKeys.Node(flow.Id, node.Id), trigger, button, flow, node);
                }
            }
        }

        return index;
    }
}
