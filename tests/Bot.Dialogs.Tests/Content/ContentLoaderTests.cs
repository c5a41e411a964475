using Bot.Dialogs.Content;
using Bot.Dialogs.Tests.Support;

namespace Bot.Dialogs.Tests.Content;

/// <summary>Invalid content never loads, and the editor is told the file, line and what to fix.</summary>
public sealed class ContentLoaderTests : IDisposable
{
    private readonly FixtureCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void TheShippedContentLoads()
    {
        var bundle = ContentLoader.Load(TestContentPaths.Real);
        Assert.NotEmpty(bundle.Flows);
        Assert.Matches("^[0-9a-f]{12}$", bundle.Version);
    }

    [Fact]
    public void AMisspeltKeyIsReportedWithItsLineAndTheKeyThatWasMeant()
    {
        Edit("stay.yaml", "    buttons:\n      - label: { vi: \"Cần giấy tờ gì?\"", "    butons:\n      - label: { vi: \"Cần giấy tờ gì?\"");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("butons"));
        Assert.Equal("flows/stay.yaml", error.Location.File);
        Assert.Equal(15, error.Location.Line);
        Assert.Contains("did you mean 'buttons'", error.Message);
    }

    [Fact]
    public void AButtonPointingNowhereIsAnErrorThatSuggestsTheClosestStep()
    {
        Edit("stay.yaml", "goto: papers", "goto: paper");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("'paper'"));
        Assert.Contains("did you mean 'papers'", error.Message);
        Assert.Contains("stay.yaml:", error.ToString());
    }

    [Fact]
    public void AnUnclosedBracketIsReportedOnTheLineThatOpensIt()
    {
        // The parser only notices at the end of the file; the editor must be sent to the '['.
        _content.Append(Path.Combine("flows", "stay.yaml"), "\n  - id: [unclosed\n");

        var error = Assert.Single(_content.Errors());
        Assert.Equal(23, error.Location.Line);
        Assert.Equal(9, error.Location.Column);
        Assert.Equal("a list opened with '[' is never closed", error.Message);
        Assert.Contains("add ']'", error.Fix);
    }

    [Fact]
    public void ATabIsReportedOnItsLineInPlainWords()
    {
        Edit("stay.yaml", "    text: { vi: \"Cần thẻ căn cước", "\ttext: { vi: \"Cần thẻ căn cước");

        var error = Assert.Single(_content.Errors());
        Assert.Equal((19, 1), (error.Location.Line, error.Location.Column));
        Assert.Equal("this line is indented with a tab; YAML only accepts spaces", error.Message);
        Assert.DoesNotContain("While scanning", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedWhereTheTextStarts()
    {
        Edit("stay.yaml", "start: intro", "start: \"intro");

        var error = Assert.Single(_content.Errors());
        Assert.Equal(9, error.Location.Line);
        Assert.Equal("a text opened with a quote (\") is never closed", error.Message);
    }

    [Fact]
    public void AColonInsideAnUnquotedTextSaysToQuoteIt()
    {
        Edit("stay.yaml", "start: intro", "start: intro: now");

        var error = Assert.Single(_content.Errors());
        Assert.Equal(9, error.Location.Line);
        Assert.Contains("double quotes", error.Fix);
    }

    [Fact]
    public void AMisspeltButtonTargetIsOneErrorNotThree()
    {
        Edit("stay.yaml", "        goto: papers", "        gotoo: papers");

        var error = Assert.Single(_content.Errors());
        Assert.Equal("unknown key 'gotoo' (did you mean 'goto'?)", error.Message);
        Assert.Equal(17, error.Location.Line);
    }

    [Fact]
    public void AMisspeltRequiredKeyIsOneErrorNotAlsoMissing()
    {
        Edit("stay.yaml", "start: intro", "strat: intro");

        var error = Assert.Single(_content.Errors());
        Assert.Equal("unknown key 'strat' (did you mean 'start'?)", error.Message);
    }

    [Fact]
    public void AButtonWithNoTargetAndNoMisspellingIsStillAnError()
    {
        Edit("stay.yaml", "        goto: papers", "        answer: x");

        Assert.Contains(_content.Errors(), e => e.Message == "this button leads nowhere");
    }

    [Fact]
    public void TextNotInNfcIsAnError()
    {
        var decomposed = "Tạm trú".Normalize(System.Text.NormalizationForm.FormD);
        Edit("stay.yaml", "title: { vi: \"Đăng ký tạm trú\"", $"title: {{ vi: \"Đăng ký {decomposed}\"");

        Assert.Contains(_content.Errors(), e => e.Message.Contains("NFC"));
    }

    [Fact]
    public void AGuardThatIsNotDefinedIsAnError()
    {
        Edit("card.yaml", "- if: has_card\n            goto: done\n          - goto: apply\n      - label: { vi: \"Không\"",
            "- if: has_crad\n            goto: done\n          - goto: apply\n      - label: { vi: \"Không\"");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("has_crad"));
        Assert.Contains("did you mean 'has_card'", error.Message);
    }

    [Fact]
    public void APlugInButtonMustUseAPlugInPayload()
    {
        Edit("stay.yaml", "        goto: papers", "        payload: \"b:stay:intro:x\"");
        Assert.Contains(_content.Errors(), e => e.Message.Contains("is not a plug-in payload"));
    }

    [Fact]
    public void APlugInButtonCarriesItsPayloadUnchanged()
    {
        Edit("stay.yaml", "        goto: papers", "        payload: \"s:start\"");
        var engine = new Bot.Dialogs.Engine.DialogEngine(ContentLoader.Load(_content.Folder));
        var shown = engine.Run(null, Bot.Dialogs.Turns.InboundMessage.FromText("/start stay"), DateTimeOffset.UnixEpoch);
        Assert.Contains(shown.Replies.SelectMany(r => r.Buttons), b => b.Payload == "s:start");
    }

    [Fact]
    public void ADuplicateStepIdIsAnError()
    {
        Edit("stay.yaml", "  - id: papers", "  - id: intro");
        Assert.Contains(_content.Errors(), e => e.Message.Contains("used twice"));
    }

    [Fact]
    public void AMissingRequiredTextIsAnError()
    {
        _content.Edit("bot.yaml", "  stale_button:", "  stale_buton:");
        Assert.Contains(_content.Errors(), e => e.Message.Contains("missing 'stale_button'"));
    }

    [Fact]
    public void AnIdThatCannotFitInAButtonPayloadIsRejected()
    {
        Edit("stay.yaml", "id: stay", "id: Stay-Flow");
        Assert.Contains(_content.Errors(), e => e.Message.Contains("flow id 'Stay-Flow' is not allowed"));
    }

    [Fact]
    public void TheVersionChangesWhenAnyFileChanges()
    {
        var before = ContentLoader.Load(_content.Folder).Version;
        Edit("stay.yaml", "Cần thẻ căn cước", "Cần mang thẻ căn cước");
        Assert.NotEqual(before, ContentLoader.Load(_content.Folder).Version);
    }

    [Fact]
    public void AVictimStoryCueNamingNoFlowIsAnError()
    {
        _content.Append("understanding.yaml", "victim_story:\n  flow: lua_dao\n  someone: [\"có người gọi\"]\n  harm: [\"chuyển tiền\"]\n");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("victim_story"));
        Assert.Contains("'lua_dao'", error.Message);
        Assert.Equal("understanding.yaml", error.Location.File);
    }

    [Fact]
    public void AVictimStoryCueWithoutHarmPhrasesIsAnError()
    {
        _content.Append("understanding.yaml", "victim_story:\n  flow: stay\n  someone: [\"có người gọi\"]\n");

        Assert.Contains(_content.Errors(), e => e.Message.Contains("harm"));
    }

    [Fact]
    public void TopicNamesForAFlowThatDoesNotExistAreAnError()
    {
        _content.Append("understanding.yaml", "topic_names:\n  dich_vu: [\"căn cước\"]\n");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("topic_names"));
        Assert.Contains("'dich_vu'", error.Message);
        Assert.Equal("understanding.yaml", error.Location.File);
    }

    [Fact]
    public void TopicNamesWithNoWordsAreAnError()
    {
        _content.Append("understanding.yaml", "topic_names:\n  stay: []\n");

        var error = Assert.Single(_content.Errors(), e => e.Message.Contains("topic_names"));
        Assert.Contains("'stay' lists no words", error.Message);
    }

    private void Edit(string flowFile, string from, string to) => _content.Edit(Path.Combine("flows", flowFile), from, to);
}
