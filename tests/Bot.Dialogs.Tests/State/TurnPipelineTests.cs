using Bot.Dialogs.Pipeline;
using Bot.Dialogs.State;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Dialogs.Tests.State;

/// <summary>
/// The turn pipeline is the order it is composed in: not the order features registered their
/// handlers, and no numbers. A resident's message is answered by the first composed step that answers.
/// </summary>
public sealed class TurnPipelineTests
{
    [Fact]
    public async Task TheFirstComposedStepThatAnswersEndsTheTurnWhateverTheRegistrationOrder()
    {
        var services = new ServiceCollection()
            .AddSingleton<Second>() // registered first, composed second
            .AddSingleton<First>()
            .BuildServiceProvider();

        var firstThenSecond = await AnswerAsync(new TurnPipelineBuilder().Use<First>().Use<Second>().Build(services), "xin chào");
        var secondThenFirst = await AnswerAsync(new TurnPipelineBuilder().Use<Second>().Use<First>().Build(services), "xin chào");

        Assert.Equal("first", firstThenSecond);
        Assert.Equal("second", secondThenFirst);
    }

    [Fact]
    public void PlugInsNamedNowhereRunAtTheirSlotInRegistrationOrderAndNoHandlerRunsTwice()
    {
        var services = new ServiceCollection()
            .AddSingleton<First>()
            .AddSingleton<ITurnHandler>(sp => sp.GetRequiredService<First>()) // also registered the old way: still runs once, at its own step
            .AddSingleton<ITurnHandler, PlugInB>()
            .AddSingleton<ITurnHandler, PlugInA>()
            .AddSingleton<Second>()
            .BuildServiceProvider();

        var handlers = new TurnPipelineBuilder().Use<First>().UsePlugIns().Use<Second>().Build(services);

        Assert.Equal(["First", "PlugInB", "PlugInA", "Second"], handlers.Select(h => h.GetType().Name));
    }

    [Fact]
    public async Task AStepWhoseFeatureIsNotDeployedIsSkippedAndTheEngineAnswers()
    {
        var services = new ServiceCollection().AddSingleton<Second>().BuildServiceProvider();

        var handlers = new TurnPipelineBuilder().Use<First>().Use<Second>().Build(services);
        var none = new TurnPipelineBuilder().Use<First>().Build(services);

        Assert.Equal(["Second"], handlers.Select(h => h.GetType().Name));
        Assert.Empty(none);
        Assert.NotEqual("first", await AnswerAsync(none, "xin chào")); // the dialog engine's own answer
    }

    [Fact]
    public void AHandlerComposedTwiceIsRefusedAtStartRatherThanRunTwice()
    {
        var services = new ServiceCollection().AddSingleton<First>().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => new TurnPipelineBuilder().Use<First>().UsePlugIns().Use<First>().Build(services));

        Assert.Contains("First", error.Message);
    }

    [Fact]
    public void TheStepsReadLikeTheCompositionSoDocsCanShowThem()
    {
        var steps = new TurnPipelineBuilder().Use<First>().UsePlugIns().Use<Second>().Steps;

        Assert.Equal(["Use<First>()", "UsePlugIns()", "Use<Second>()"], steps.Select(s => s.Name));
    }

    private static async Task<string> AnswerAsync(IReadOnlyList<ITurnHandler> handlers, string text)
    {
        var turns = new TurnProcessor(new InMemoryConversationStore(), new FixedEngineProvider(Fixtures.Engine), handlers);
        var result = await turns.ProcessAsync(new ConversationKey("test", "chat-" + Guid.NewGuid().ToString("N")[..6]), InboundMessage.FromText(text));
        return result.Replies[0].Text;
    }

    private abstract class Answering(string answer) : ITurnHandler
    {
        public ValueTask<HandlerResult?> HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
            ValueTask.FromResult<HandlerResult?>(new HandlerResult([Reply.Plain(answer)]));
    }

    private sealed class First() : Answering("first");

    private sealed class Second() : Answering("second");

    private sealed class PlugInA() : Answering("plug-in a");

    private sealed class PlugInB() : Answering("plug-in b");
}
