using Bot.Dialogs.Content;
using Bot.Dialogs.Text;

namespace Bot.Dialogs.Understanding;

/// <summary>
/// The recognizers of one content version and the policy over them: topics (every routable flow's
/// and step's examples), navigation phrasings and the out-of-scope class, all ranked by one router
/// so they compete on the same scale.
/// </summary>
/// <remarks>Built once per content version; pure and thread-safe.</remarks>
public sealed class Understander
{
    /// <summary>Builds the recognizers from <paramref name="content"/>.</summary>
    public Understander(ContentBundle content)
    {
        Router = new IntentRouter(Entries(content), content.Lexicon, content.Routing, IsSmallTalk);
        Policy = new UnderstandingPolicy(content.Routing);
        Arbiter = new CloseCallArbiter(Router);
        VictimStory = new VictimStoryArbiter(content.Understanding.VictimStory);
        AskedClause = new AskedClauseArbiter(Router, content.Routing);
        NamedTopic = new NamedTopicArbiter(content.Understanding.TopicNames, content.Routing);
        Worry = new WorryClauseArbiter(Router, content.Understanding.TopicNames, content.Understanding.VictimStory, content.Routing);
        OutOfScopeReply = content.Understanding.OutOfScopeReply;
    }

    /// <summary>The router over topics, navigation and out-of-scope examples.</summary>
    public IntentRouter Router { get; }

    /// <summary>The policy that turns candidates into one decision.</summary>
    public UnderstandingPolicy Policy { get; }

    /// <summary>Settles a "which do you mean?" when the message's own question says which.</summary>
    public CloseCallArbiter Arbiter { get; }

    /// <summary>Sends a victim's own story to the scams topic rather than to the topic of its pretext.</summary>
    public VictimStoryArbiter VictimStory { get; }

    /// <summary>Routes a long story by the clause that asks when the story's topic differs from it.</summary>
    public AskedClauseArbiter AskedClause { get; }

    /// <summary>Opens the topic a message names when the one chosen is not named at all.</summary>
    public NamedTopicArbiter NamedTopic { get; }

    /// <summary>Keeps a resident's own question when only their fear ("sợ bị lừa") speaks of scams.</summary>
    public WorryClauseArbiter Worry { get; }

    /// <summary>The answer to an out-of-scope message, if content has one.</summary>
    public LocalizedText? OutOfScopeReply { get; }

    /// <summary>Longest message that can still be a navigation phrasing ("quay lại bước trước", "mở danh sách các mục giúp").</summary>
    /// <remarks>
    /// Navigation phrasings are a few words; in a long story a stray "về" or "giúp" matched them ("Cô ơi … con dâu
    /// về ở hẳn nhà tôi … làm thủ tục gì" went back a step). Nobody tells a story to open the menu.
    /// </remarks>
    public const int MaxNavigationWords = 8;

    /// <summary>Every candidate for <paramref name="text"/>, best per flow, best first.</summary>
    public List<RouteCandidate> Recognize(string text)
    {
        var ranked = Router.Rank(Bound(text));
        if (WordCount(text) > MaxNavigationWords)
        {
            ranked.RemoveAll(c => c.Target.FlowId == UnderstandingPolicy.NavigationFlow);
        }

        return ranked;
    }

    /// <summary>The decision for <paramref name="text"/> given the check signal.</summary>
    public UnderstandingDecision Decide(string text, CheckSignal signal)
    {
        var ranked = Recognize(text);
        var decision = DecideFrom(text, ranked, signal);
        if (Worry.Meant(text, decision) is { } asked)
        {
            return Policy.WorryClause(decision, asked);
        }

        // Last: however the topic was chosen, a message that names only another close topic means that one.
        return NamedTopic.Meant(text, ranked, decision) is { } named ? Policy.NamedTopic(decision, named) : decision;
    }

    private UnderstandingDecision DecideFrom(string text, List<RouteCandidate> ranked, CheckSignal signal)
    {
        var decision = Policy.Decide(ranked, signal);
        if (decision.Kind != DecisionKind.Check && decision.Kind != DecisionKind.Navigate
            && VictimStory.Meant(text, ranked, Policy.Options.Minimum, decision.Target) is { } scams)
        {
            // A warning the resident heard ("nghe nói dạo này lừa đảo nhiều, tụi nó giả danh công an …") carries the same cues
            // as a victim's story; when its question names another topic, that is what they ask.
            var victim = Policy.VictimStory(decision, scams);
            return AskedClause.Meant(text, ranked, victim) is { } heard ? Policy.AskedClause(decision, heard) : victim;
        }

        if (decision.Kind == DecisionKind.Ask && Arbiter.Settle(text, decision.Choices) is { } meant)
        {
            var settled = Policy.Settled(decision, meant);
            if (settled.Kind == DecisionKind.Route)
            {
                return settled;
            }
        }

        return AskedClause.Meant(text, ranked, decision) is { } asked ? Policy.AskedClause(decision, asked) : decision;
    }

    /// <summary>
    /// Out-of-scope examples are scored by cosine alone, even in a long story: a story that contains "cảm ơn cháu" or
    /// "chào chú" wholly contains those short examples, and coverage made thanks outrank the story's topic.
    /// </summary>
    private static bool IsSmallTalk(RouteTarget target) => target.FlowId == UnderstandingPolicy.OutOfScopeFlow;

    private static int WordCount(string text)
    {
        var count = 0;
        foreach (var range in text.AsSpan().SplitAny(" \t\r\n"))
        {
            if (range.End.Value > range.Start.Value)
            {
                count++;
            }
        }

        return count;
    }

    // A long story's question is usually at its end; 500 characters keep routing cheap either way.
    private static string Bound(string text) => text.Length <= 500 ? text : text[^500..];

    private static IEnumerable<(RouteTarget, IEnumerable<string>)> Entries(ContentBundle content)
    {
        foreach (var flow in content.Flows.Values.Where(f => f.Routable))
        {
            yield return (new RouteTarget(flow.Id, null), flow.Examples.Concat(flow.Title.All()));
            foreach (var node in flow.Nodes.Where(n => n.Examples.Count > 0))
            {
                yield return (new RouteTarget(flow.Id, node.Id), node.Examples);
            }
        }

        foreach (var (command, phrases) in content.Understanding.Navigation)
        {
            yield return (new RouteTarget(UnderstandingPolicy.NavigationFlow, command), phrases);
        }

        if (content.Understanding.OutOfScope.Count > 0)
        {
            yield return (new RouteTarget(UnderstandingPolicy.OutOfScopeFlow, null), content.Understanding.OutOfScope);
        }
    }
}
