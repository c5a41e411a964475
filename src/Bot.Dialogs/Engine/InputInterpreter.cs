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

        var current = renderer.Render(turn.State, turn.Locale, turn.History.Count > 0);
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
        var current = renderer.Render(turn.State, turn.Locale, turn.History.Count > 0);
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

    private string Title(RouteTarget target, string locale) =>
        content.FindFlow(target.FlowId)?.Title.Get(locale) ?? target.FlowId;
}
