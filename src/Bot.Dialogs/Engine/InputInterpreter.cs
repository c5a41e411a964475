using System.Globalization;
using Bot.Dialogs.Content;
using Bot.Dialogs.Text;
using Bot.Dialogs.Turns;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Engine;

/// <summary>Decides what an input means at the current step, in a fixed order of precedence.</summary>
/// <remarks>
/// Payloads first (buttons, commands, flow links). For typed text: slash commands, a number
/// choosing a button ("2"), a button's own words ("có"), yes/no words, command words ("menu",
/// "quay lại"), and last the understanding policy over free text. Elderly residents often answer with a number or a
/// word instead of tapping, so all of these mean the same as the tap.
/// </remarks>
internal sealed class InputInterpreter(
    ContentBundle content,
    ReplyRenderer renderer,
    Understander understander,
    IReadOnlyDictionary<string, ButtonRef> buttons)
{
    /// <summary>Communes offered at once: with Main menu they make the five buttons Zalo OA shows.</summary>
    private const int ZaloVisibleChoices = 4;

    private static readonly string[] NumberPrefixes = ["so ", "chon ", "bam ", "nut ", "number ", "option "];

    public InputAction Interpret(DialogTurn turn, InboundMessage input, UnderstandingDecision? decided = null)
    {
        if (decided is not null && input.Payload is null)
        {
            // The understanding stage already decided about this free text (see UnderstandingStage).
            return Carry(decided, turn.Locale);
        }

        if (input.Payload is { } payload)
        {
            return FromPayload(payload);
        }

        var text = input.Text ?? "";
        var trimmed = text.Trim();
        if (trimmed.StartsWith('/'))
        {
            return FromSlash(trimmed);
        }

        var folded = VietnameseText.Fold(trimmed.Length > 500 ? trimmed.AsSpan(0, 500) : trimmed);
        if (folded.Length == 0)
        {
            return InputAction.NotUnderstood;
        }

        if (turn.AwaitingArea && OfferedByNumber(folded, turn) is { } offered)
        {
            return offered;
        }

        var current = renderer.Render(turn.State, turn.Locale, turn.History.Count > 0, turn.Answers, turn.Channel);
        if (ChooseByNumber(folded, current.Buttons) is { } numbered)
        {
            return FromPayload(numbered.Payload);
        }

        var labels = renderer.FoldedLabels(current);
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == folded)
            {
                return FromPayload(current.Buttons[i].Payload);
            }
        }

        if (YesOrNo(folded, turn) is { } answer)
        {
            return answer;
        }

        if (content.Commands.TryGetValue(folded, out var command))
        {
            return InputAction.Command(command);
        }

        if (turn.AwaitingArea)
        {
            return SearchArea(trimmed, turn.Locale);
        }

        return Carry(understander.Decide(trimmed, CheckSignal.None), turn.Locale);
    }

    /// <summary>True when folded text at this step takes a fast path (command words, a button, yes/no at a question).</summary>
    public bool IsFastPath(DialogTurn turn, string folded) =>
        content.Commands.ContainsKey(folded) || IsButtonChoice(turn, folded) || YesOrNo(folded, turn) is not null;

    /// <summary>True when folded text picks one of the buttons shown (by number or by its words).</summary>
    public bool IsButtonChoice(DialogTurn turn, string folded) => ChosenButton(turn, folded) is not null;

    /// <summary>The shown button that folded text picks by number or by its words, or null.</summary>
    public ReplyButton? ChosenButton(DialogTurn turn, string folded)
    {
        var current = renderer.Render(turn.State, turn.Locale, turn.History.Count > 0, turn.Answers, turn.Channel);
        if (ChooseByNumber(folded, current.Buttons) is { } numbered)
        {
            return numbered;
        }

        var index = Array.IndexOf(renderer.FoldedLabels(current), folded);
        return index < 0 ? null : current.Buttons[index];
    }

    private InputAction FromPayload(string payload)
    {
        if (payload.StartsWith("c:", StringComparison.Ordinal))
        {
            var name = payload[2..];
            return Commands.All.Contains(name) ? InputAction.Command(name) : InputAction.Stale;
        }

        if (payload.StartsWith(Payloads.AreaPrefix, StringComparison.Ordinal))
        {
            if (payload == Payloads.AreaPick)
            {
                return new InputAction(InputKind.AreaAsk);
            }

            var area = payload[Payloads.AreaPrefix.Length..];
            return content.Communes.Find(area) is not null ? new InputAction(InputKind.AreaChosen, area) : InputAction.Stale;
        }

        if (payload.StartsWith("f:", StringComparison.Ordinal))
        {
            var target = payload[2..].Split('.', 2);
            var flow = content.FindFlow(target[0]);
            if (flow is null || (target.Length == 2 && flow.FindNode(target[1]) is null))
            {
                return InputAction.Stale;
            }

            return new InputAction(InputKind.Fire, payload, Outcome: TurnOutcome.Button);
        }

        return buttons.TryGetValue(payload, out var button)
            ? new InputAction(InputKind.Fire, button.Trigger, button)
            : InputAction.Stale;
    }

    private InputAction FromSlash(string text)
    {
        var space = text.IndexOfAny([' ', '\n', '\t']);
        var name = space < 0 ? text : text[..space];
        var argument = space < 0 ? "" : text[(space + 1)..].Trim();
        var at = name.IndexOf('@'); // "/start@MyBot" in Telegram groups
        if (at > 0)
        {
            name = name[..at];
        }

        if (name.Equals("/start", StringComparison.OrdinalIgnoreCase) && argument.Length > 0)
        {
            return FromDeepLink(argument);
        }

        if (Commands.Slash.TryGetValue(name, out var command))
        {
            return command == Commands.Menu
                ? new InputAction(InputKind.Command, command, Outcome: TurnOutcome.Command, Greeting: true)
                : InputAction.Command(command);
        }

        return InputAction.NotUnderstood;
    }

    /// <summary>"eid" opens a flow, "eid__level2" a step of it (Telegram start payloads allow only [A-Za-z0-9_-]).</summary>
    private InputAction FromDeepLink(string argument)
    {
        var parts = argument.Split("__", 2);
        var payload = parts.Length == 2 ? Payloads.Flow(parts[0], parts[1]) : Payloads.Flow(parts[0]);
        var action = FromPayload(payload);
        return action.Kind == InputKind.Stale
            ? new InputAction(InputKind.NotUnderstood, Outcome: TurnOutcome.Fallback, Greeting: true)
            : action;
    }

    /// <summary>
    /// After "which commune?" the numbers count the buttons of that question (the communes offered,
    /// then Main menu), not those of the step underneath.
    /// </summary>
    private static InputAction? OfferedByNumber(string folded, DialogTurn turn)
    {
        var shown = turn.OfferedAreas.Select(id => new ReplyButton(id, Payloads.Area(id)))
            .Append(new ReplyButton("", Payloads.Command(Commands.Menu)))
            .ToList();
        return ChooseByNumber(folded, shown) is not { } chosen
            ? null
            : chosen.Payload.StartsWith(Payloads.AreaPrefix, StringComparison.Ordinal)
                ? new InputAction(InputKind.AreaChosen, chosen.Payload[Payloads.AreaPrefix.Length..])
                : InputAction.Command(Commands.Menu);
    }

    private static ReplyButton? ChooseByNumber(string folded, IReadOnlyList<ReplyButton> shown)
    {
        var digits = folded;
        foreach (var prefix in NumberPrefixes)
        {
            if (digits.StartsWith(prefix, StringComparison.Ordinal))
            {
                digits = digits[prefix.Length..];
                break;
            }
        }

        return digits.Length is > 0 and <= 2
               && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
               && n >= 1 && n <= shown.Count
            ? shown[n - 1]
            : null;
    }

    private InputAction? YesOrNo(string folded, DialogTurn turn)
    {
        var isYes = content.YesWords.Contains(folded);
        if (!isYes && !content.NoWords.Contains(folded))
        {
            return null;
        }

        var (flowId, nodeId) = StateKeys.Split(turn.State);
        var node = content.FindFlow(flowId)?.FindNode(nodeId ?? "");
        if (node?.Ask is null)
        {
            return null;
        }

        var wanted = isYes ? "yes" : "no";
        var button = node.Buttons.FirstOrDefault(b => b.Answer == wanted);
        return button is null ? null : FromPayload(Payloads.Button(flowId!, nodeId!, button.Key));
    }

    /// <summary>
    /// The text typed after "which commune?": one match chooses it, several are offered as buttons;
    /// with none, a question that routes confidently still gets its answer, else the name is asked again.
    /// </summary>
    private InputAction SearchArea(string text, string locale)
    {
        var typed = text.Length > 80 ? text[..80] : text;
        var found = content.Communes.Search(typed, limit: ZaloVisibleChoices);
        if (found.Count == 1)
        {
            return new InputAction(InputKind.AreaChosen, found[0].Id);
        }

        if (found.Count == 0 && Carry(understander.Decide(text, CheckSignal.None), locale) is { Kind: not InputKind.NotUnderstood } routed)
        {
            return routed;
        }

        var choices = found.Select(c => new ReplyButton(c.FullName, Payloads.Area(c.Id))).ToList();
        return new InputAction(InputKind.AreaSearch, typed, Outcome: TurnOutcome.Button, Choices: choices);
    }

    /// <summary>Turns the understanding decision into what the engine does.</summary>
    private InputAction Carry(UnderstandingDecision decision, string locale) =>
        CarryAction(decision, locale) with { Why = decision.Explanation };

    private InputAction CarryAction(UnderstandingDecision decision, string locale)
    {
        switch (decision.Kind)
        {
            case DecisionKind.Route:
            case DecisionKind.Check when decision.Target is not null: // no checker plugged in: the topic at least
                var target = decision.Target!;
                return new InputAction(InputKind.Fire, Payloads.Flow(target.FlowId, target.NodeId), Outcome: TurnOutcome.Routed);
            case DecisionKind.Ask:
                var choices = decision.Choices
                    .Select(c => new ReplyButton(Title(c.Target, locale), Payloads.Flow(c.Target.FlowId, c.Target.NodeId)))
                    .ToList();
                return new InputAction(InputKind.Ambiguous, Outcome: TurnOutcome.Ambiguous, Choices: choices);
            case DecisionKind.Navigate when decision.Command is { } command && Commands.All.Contains(command):
                return InputAction.Command(command);
            case DecisionKind.OutOfScope:
                return new InputAction(InputKind.OutOfScope, Outcome: TurnOutcome.Fallback);
            default:
                return InputAction.NotUnderstood;
        }
    }

    /// <summary>A routing choice's label: a card's own title, else its flow's title.</summary>
    private string Title(RouteTarget target, string locale)
    {
        var flow = content.FindFlow(target.FlowId);
        var node = target.NodeId is null ? null : flow?.FindNode(target.NodeId);
        return node?.Title?.Get(locale) ?? flow?.Title.Get(locale) ?? target.FlowId;
    }
}
