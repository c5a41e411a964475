using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;
using Stateless;

namespace Bot.Dialogs.Engine;

/// <summary>The content compiled into one Stateless machine, plus the turn it currently works on.</summary>
/// <remarks>
/// One state per step, each a substate of its flow, every flow a substate of the root, so global
/// commands configured on the root work from every step. Buttons are triggers; <c>next</c> rules
/// become <c>PermitIf</c> transitions whose guards are made mutually exclusive in rule order.
/// Entry actions only collect replies; nothing here does I/O. A machine "may not be used
/// concurrently", so the engine pools them: one turn at a time per instance.
/// </remarks>
internal sealed class DialogMachine
{
    private readonly ContentBundle _content;
    private readonly ReplyRenderer _renderer;

    public DialogMachine(ContentBundle content, ReplyRenderer renderer, string? onlyFlow = null)
    {
        _content = content;
        _renderer = renderer;
        Machine = new StateMachine<string, string>(() => Turn.State, s => Turn.State = s);
        Configure(onlyFlow);
    }

    public DialogTurn Turn { get; } = new();

    public StateMachine<string, string> Machine { get; }

    /// <summary>Set when a trigger had no transition from the current state.</summary>
    public bool Unhandled { get; set; }

    private void Configure(string? onlyFlow)
    {
        var root = Machine.Configure(StateKeys.Root)
            .Permit(Payloads.Command(Commands.Menu), StateKeys.Menu)
            .PermitDynamic(Payloads.Command(Commands.Back), BackTarget)
            .PermitDynamic(Payloads.Command(Commands.Restart), RestartTarget)
            .InternalTransition(Payloads.Command(Commands.Help), _ => SayThenRepeat(TextKeys.Help))
            .InternalTransition(Payloads.Command(Commands.LanguageVietnamese), _ => SwitchLanguage("vi"))
            .InternalTransition(Payloads.Command(Commands.LanguageEnglish), _ => SwitchLanguage("en"));

        var menu = Machine.Configure(StateKeys.Menu)
            .SubstateOf(StateKeys.Root)
            .OnEntry(RenderCurrent, "show the menu");
        foreach (var button in _content.Menu.Buttons)
        {
            ConfigureButton(menu, StateKeys.Menu, null, Payloads.Button(Payloads.MenuFlow, Payloads.MenuNode, button.Key), button);
        }

        foreach (var flow in _content.Flows.Values)
        {
            if (onlyFlow is not null && flow.Id != onlyFlow)
            {
                continue;
            }

            root.Permit(Payloads.Flow(flow.Id), StateKeys.Node(flow.Id, flow.Start));
            Machine.Configure(flow.Id).SubstateOf(StateKeys.Root);
            foreach (var node in flow.Nodes)
            {
                var state = StateKeys.Node(flow.Id, node.Id);
                root.Permit(Payloads.Flow(flow.Id, node.Id), state);
                var step = Machine.Configure(state)
                    .SubstateOf(flow.Id)
                    .OnEntry(RenderCurrent, "show the step");
                foreach (var button in node.Buttons)
                {
                    ConfigureButton(step, state, flow, Payloads.Button(flow.Id, node.Id, button.Key), button);
                }
            }
        }

        Machine.OnTransitioned(t =>
        {
            if (!Turn.SuppressHistory && t.Source != t.Destination)
            {
                Turn.PushHistory(t.Source);
            }
        });
        Machine.OnUnhandledTrigger((_, _) => Unhandled = true);
    }

    private void ConfigureButton(
        StateMachine<string, string>.StateConfiguration step,
        string state,
        FlowDefinition? flow,
        string trigger,
        ButtonDefinition button)
    {
        if (button.Goto is { } target)
        {
            PermitTo(step, state, trigger, StateKeys.Node(flow!.Id, target));
        }
        else if (button.Flow is { } flowRef)
        {
            var parts = flowRef.Split('.', 2);
            var other = _content.Flows[parts[0]];
            PermitTo(step, state, trigger, StateKeys.Node(other.Id, parts.Length == 2 ? parts[1] : other.Start));
        }
        else if (button.Url is { } url)
        {
            step.InternalTransition(trigger, _ => Turn.Replies.Add(Reply.Plain(
                _content.Text(TextKeys.OpenLink, Turn.Locale) + "\n" + url)));
        }
        else if (button.Action == ButtonAction.Back)
        {
            step.PermitDynamic(trigger, BackTarget);
        }
        else if (button.Action == ButtonAction.Menu)
        {
            PermitTo(step, state, trigger, StateKeys.Menu);
        }
        else if (button.Action == ButtonAction.Restart)
        {
            step.PermitDynamic(trigger, RestartTarget);
        }
        else if (button.Next.Count > 0)
        {
            ConfigureRules(step, state, flow!, trigger, button.Next);
        }
    }

    /// <summary>Each rule fires only when its guard holds and no earlier rule's does.</summary>
    private void ConfigureRules(
        StateMachine<string, string>.StateConfiguration step,
        string state,
        FlowDefinition flow,
        string trigger,
        IReadOnlyList<BranchRule> rules)
    {
        var earlier = new List<GuardDefinition>();
        foreach (var rule in rules)
        {
            var guard = rule.If is null ? null : flow.Guards[rule.If];
            var before = earlier.ToArray();
            bool Holds() => !before.Any(g => g.Evaluate(Turn.Answers)) && (guard?.Evaluate(Turn.Answers) ?? true);
            var label = guard?.Description ?? (before.Length == 0 ? "always" : "otherwise");
            var destination = StateKeys.Node(flow.Id, rule.Goto);
            if (destination == state)
            {
                step.PermitReentryIf(trigger, Holds, label);
            }
            else
            {
                step.PermitIf(trigger, destination, Holds, label);
            }

            if (guard is not null)
            {
                earlier.Add(guard);
            }
        }
    }

    private static void PermitTo(StateMachine<string, string>.StateConfiguration step, string state, string trigger, string destination)
    {
        if (destination == state)
        {
            step.PermitReentry(trigger);
        }
        else
        {
            step.Permit(trigger, destination);
        }
    }

    private void RenderCurrent() =>
        Turn.Replies.Add(_renderer.Render(Turn.State, Turn.Locale, Turn.History.Count > 0, Turn.Answers, Turn.Channel));

    private void SayThenRepeat(string textKey)
    {
        Turn.Replies.Add(Reply.Plain(_content.Text(textKey, Turn.Locale)));
        RenderCurrent();
    }

    private void SwitchLanguage(string locale)
    {
        Turn.Locale = locale;
        SayThenRepeat(TextKeys.LanguageSwitched);
    }

    private string BackTarget()
    {
        Turn.SuppressHistory = true;
        if (Turn.History.Count == 0)
        {
            Turn.Replies.Add(Reply.Plain(_content.Text(TextKeys.NothingToGoBackTo, Turn.Locale)));
            return Turn.State;
        }

        var previous = Turn.History[^1];
        Turn.History.RemoveAt(Turn.History.Count - 1);
        return previous;
    }

    private string RestartTarget()
    {
        // Starting a topic again forgets its answers, not where the resident lives.
        var area = Turn.Answers.GetValueOrDefault(AnswerKeys.Area);
        Turn.Answers.Clear();
        if (area is not null)
        {
            Turn.Answers[AnswerKeys.Area] = area;
        }

        var (flowId, _) = StateKeys.Split(Turn.State);
        return _content.FindFlow(flowId) is { } flow ? StateKeys.Node(flow.Id, flow.Start) : StateKeys.Menu;
    }
}
