using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The one place that decides what a typed message means, from every recognizer's candidates:
/// the topics, navigation and out-of-scope (all ranked by one <see cref="IntentRouter"/>) and the
/// "something to check" signal.
/// </summary>
/// <remarks>
/// In order: something to check → the verdict (with the best topic offered beside it); nothing
/// known, or the best below <see cref="RoutingOptions.Minimum"/> → fallback; out-of-scope or
/// navigation best → those; two topics within <see cref="RoutingOptions.Margin"/> → ask (2–3
/// choices, never one); the best topic at or above <see cref="RoutingOptions.Confident"/> → open it;
/// otherwise fallback. The thresholds are fitted on the development set (see docs/routing-accuracy.md).
/// Scam words alone never lead to a verdict: a question about scams is the scams topic.
/// </remarks>
public sealed class UnderstandingPolicy(RoutingOptions options)
{
    /// <summary>Flow id of the navigation candidates (the step id is the command).</summary>
    public const string NavigationFlow = "~nav";

    /// <summary>Flow id of the out-of-scope candidate.</summary>
    public const string OutOfScopeFlow = "~oos";

    /// <summary>The thresholds in force.</summary>
    public RoutingOptions Options => options;

    /// <summary>True for a candidate that is a real topic (not navigation or out-of-scope).</summary>
    public static bool IsTopic(RouteTarget target) => !target.FlowId.StartsWith('~');

    /// <summary>Decides, given the ranked candidates (best first) and the check signal.</summary>
    public UnderstandingDecision Decide(IReadOnlyList<RouteCandidate> ranked, CheckSignal signal)
    {
        var top = ranked.Count > 0 ? ranked[0] : (RouteCandidate?)null;
        var runnerUp = ranked.Count > 1 ? ranked[1] : (RouteCandidate?)null;
        if (signal != CheckSignal.None)
        {
            // The topic the rest of the message is about, offered as a button beside the verdict.
            var topic = top is { } t && IsTopic(t.Target) && t.Score >= options.Minimum ? t : (RouteCandidate?)null;
            return Make(DecisionKind.Check, topic, topic is null ? top : runnerUp, Reason(signal), topic?.Target);
        }

        if (top is not { } best)
        {
            return Make(DecisionKind.Fallback, null, null, "nothing-known");
        }

        if (best.Score < options.Minimum)
        {
            return Make(DecisionKind.Fallback, null, best, "below-minimum");
        }

        if (best.Target.FlowId == OutOfScopeFlow)
        {
            return Make(DecisionKind.OutOfScope, best, runnerUp, "out-of-scope");
        }

        if (best.Target.FlowId == NavigationFlow)
        {
            return Make(DecisionKind.Navigate, best, runnerUp, "navigation", command: best.Target.NodeId);
        }

        var close = new List<RouteCandidate>(options.MaxChoices) { best };
        for (var i = 1; i < ranked.Count && close.Count < options.MaxChoices; i++)
        {
            var other = ranked[i];
            if (IsTopic(other.Target) && other.Score >= options.Minimum && best.Score - other.Score < options.Margin)
            {
                close.Add(other);
            }
        }

        if (close.Count >= 2)
        {
            return Make(DecisionKind.Ask, best, close[1], "close", choices: close);
        }

        return best.Score >= options.Confident
            ? Make(DecisionKind.Route, best, runnerUp, "confident", best.Target)
            : Make(DecisionKind.Fallback, null, best, "not-confident");
    }

    /// <summary>A "which do you mean?" settled for <paramref name="meant"/>, one of its choices (see <see cref="CloseCallArbiter"/>).</summary>
    /// <remarks>A topic below <see cref="RoutingOptions.Confident"/> is still asked about: a weak guess stays a question.</remarks>
    public UnderstandingDecision Settled(UnderstandingDecision ask, RouteCandidate meant)
    {
        if (meant.Score < options.Confident)
        {
            return ask;
        }

        var other = ask.Choices.First(c => c.Target != meant.Target);
        return Make(DecisionKind.Route, meant, other, "close-settled-by-question", meant.Target);
    }

    /// <summary>A long story routed by the clause that asks (see <see cref="AskedClauseArbiter"/>); what it would have been is the runner-up.</summary>
    public UnderstandingDecision AskedClause(UnderstandingDecision decision, RouteCandidate asked) =>
        Replaced(decision, asked, "asked-clause");

    /// <summary>A message routed to the only close topic it names (see <see cref="NamedTopicArbiter"/>); what it would have been is the runner-up.</summary>
    public UnderstandingDecision NamedTopic(UnderstandingDecision decision, RouteCandidate named) =>
        Replaced(decision, named, "named-topic");

    /// <summary>A question kept on its own topic when only its fear speaks of scams (see <see cref="WorryClauseArbiter"/>); what it would have been is the runner-up.</summary>
    public UnderstandingDecision WorryClause(UnderstandingDecision decision, RouteCandidate asked) =>
        Replaced(decision, asked, "worry-clause");

    /// <summary>A victim's own story sent to the scams topic (see <see cref="VictimStoryArbiter"/>); what it would have been is the runner-up.</summary>
    public UnderstandingDecision VictimStory(UnderstandingDecision decision, RouteCandidate scams) =>
        Replaced(decision, scams, "victim-story");

    private static UnderstandingDecision Replaced(UnderstandingDecision decision, RouteCandidate meant, string reason)
    {
        // The runner-up is what the message would otherwise have opened (or been closest to).
        var was = decision.Explanation;
        var explanation = new UnderstandingExplanation(
            Name(DecisionKind.Route),
            meant.Target.ToString(),
            Math.Round(meant.Score, 2),
            was.Target ?? was.RunnerUp,
            was.Target is not null ? was.Score : was.RunnerUpScore,
            reason);
        return new UnderstandingDecision(DecisionKind.Route, meant.Target, null, [], explanation);
    }

    private static string Reason(CheckSignal signal) => signal.ToString().ToLowerInvariant();

    private static UnderstandingDecision Make(
        DecisionKind kind,
        RouteCandidate? chosen,
        RouteCandidate? runnerUp,
        string reason,
        RouteTarget? target = null,
        string? command = null,
        IReadOnlyList<RouteCandidate>? choices = null)
    {
        var explanation = new UnderstandingExplanation(
            Name(kind),
            chosen?.Target.ToString(),
            Math.Round(chosen?.Score ?? 0, 2),
            runnerUp?.Target.ToString(),
            Math.Round(runnerUp?.Score ?? 0, 2),
            reason);
        return new UnderstandingDecision(kind, target, command, choices ?? [], explanation);
    }

    private static string Name(DecisionKind kind) => kind switch
    {
        DecisionKind.Route => "route",
        DecisionKind.Ask => "ask",
        DecisionKind.Check => "check",
        DecisionKind.Navigate => "navigate",
        DecisionKind.OutOfScope => "out_of_scope",
        _ => "fallback",
    };
}
