using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tests.Tools;
using Bot.Dialogs.Tools;
using Bot.Dialogs.Understanding;

namespace Bot.Dialogs.Tests.Understanding;

/// <summary>examples.learned.yaml: what editors assign from the misunderstood inbox is content, loaded and validated like the rest.</summary>
public sealed class LearnedExamplesTests
{
    // Nothing in the shipped examples is about a buffalo, so today it falls back (checked first below).
    private const string Phrase = "con trâu nhà tôi đi lạc sang xã bên";

    private static readonly DateTimeOffset When = new(2026, 12, 4, 21, 30, 0, TimeSpan.Zero);

    private static UnderstandingDecision Decide(string folder, string text) =>
        new DialogEngine(ContentLoader.Load(folder)).Understander.Decide(text, CheckSignal.None);

    [Fact]
    public void AnAssignedPhraseOpensItsFlowOnceTheFileHasIt()
    {
        using var draft = new DraftContent();
        Assert.NotEqual(DecisionKind.Route, Decide(draft.Folder, Phrase).Kind);

        draft.Write(LearnedExamplesFile.FileName, LearnedExamplesFile.Write([new LearnedExample(Phrase, "eid", null, "key:lan", When)]));
        var decision = Decide(draft.Folder, Phrase);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal("eid", decision.Target!.FlowId);
        Assert.Equal("eid", Decide(draft.Folder, "con trau nha toi di lac sang xa ben").Target?.FlowId);
    }

    [Fact]
    public void APhraseAssignedToAStepOpensThatStep()
    {
        using var draft = new DraftContent();
        var step = ContentLoader.Load(draft.Folder).Flows["eid"].Nodes.First(n => n.Id != "intro").Id;

        draft.Write(LearnedExamplesFile.FileName, LearnedExamplesFile.Write([new LearnedExample(Phrase, "eid", step, "key:lan", When)]));
        var decision = Decide(draft.Folder, Phrase);

        Assert.Equal(DecisionKind.Route, decision.Kind);
        Assert.Equal(new Bot.Dialogs.Text.RouteTarget("eid", step), decision.Target);
    }

    [Theory]
    [InlineData("eidd", null, "flow 'eidd' does not exist (did you mean 'eid'?)")]
    [InlineData("eid", "no_such_step", "step 'no_such_step' does not exist in flow 'eid'")]
    public void AnUnknownFlowOrStepIsAnErrorThatNamesTheLine(string flow, string? node, string message)
    {
        using var draft = new DraftContent();
        draft.Write(LearnedExamplesFile.FileName, LearnedExamplesFile.Write(
        [
            new LearnedExample("mất app", "eid", null, "key:lan", When),
            new LearnedExample(Phrase, flow, node, "key:lan", When),
        ]));

        var report = ContentValidator.Validate(draft.Folder);

        var error = Assert.Single(report.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(LearnedExamplesFile.FileName, error.Location.File);
        Assert.Equal(12, error.Location.Line); // the second entry
        Assert.Null(report.Bundle);
    }

    [Fact]
    public void TheFileKeepsQuotesNewlinesAndDiacriticsExactly()
    {
        using var draft = new DraftContent();
        var tricky = "anh \"Tư\" hỏi: mã: 12 # không phải bình luận\\ - [x] {y}";
        var written = LearnedExamplesFile.Write([new LearnedExample(tricky, "eid", null, "key:biên-tập", When)]);
        draft.Write(LearnedExamplesFile.FileName, written);

        var diagnostics = new List<ContentDiagnostic>();
        var (example, _) = Assert.Single(LearnedExamplesFile.Read(draft.Folder, diagnostics));

        Assert.Empty(diagnostics);
        Assert.Equal(new LearnedExample(tricky, "eid", null, "key:biên-tập", When), example);
    }

    [Fact]
    public void TheShippedFileIsValidAndEmpty()
    {
        var diagnostics = new List<ContentDiagnostic>();

        Assert.Empty(LearnedExamplesFile.Read(DraftContent.Shipped, diagnostics));
        Assert.Empty(diagnostics);
        Assert.True(File.Exists(LearnedExamplesFile.PathIn(DraftContent.Shipped)));
    }
}
