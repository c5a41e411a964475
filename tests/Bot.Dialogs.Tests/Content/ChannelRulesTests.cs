using Bot.Dialogs.Content;
using Bot.Dialogs.Tests.Support;
using Bot.Dialogs.Turns;

namespace Bot.Dialogs.Tests.Content;

/// <summary>
/// <c>channel_rules</c> in bot.yaml: a channel that cannot serve a feature is not offered its buttons, the
/// other channels still are, and <c>content validate</c> catches a misspelt channel or a rule that would strand residents.
/// </summary>
public sealed class ChannelRulesTests : IDisposable
{
    private readonly FixtureCopy _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void TheAlertSubscriptionIsOfferedOnTelegramAndZaloButNotOnTheWebChat()
    {
        var engine = RealContent.Engine;
        var help = engine.Run(null, InboundMessage.FromPayload("f:help") with { Channel = "telegram" }, DateTimeOffset.UnixEpoch);
        Assert.Contains(help.Replies[^1].Buttons, b => b.Payload == "s:start");
        var zalo = engine.Run(null, InboundMessage.FromPayload("f:help") with { Channel = "zalo-oa" }, DateTimeOffset.UnixEpoch);
        Assert.Contains(zalo.Replies[^1].Buttons, b => b.Payload == "s:start");

        var web = engine.Run(null, InboundMessage.FromPayload("f:help") with { Channel = "web" }, DateTimeOffset.UnixEpoch);
        Assert.DoesNotContain(web.Replies[^1].Buttons, b => b.Payload.StartsWith("s:", StringComparison.Ordinal));
        Assert.Equal(help.Replies[^1].Buttons.Count - 1, web.Replies[^1].Buttons.Count);
        Assert.DoesNotContain(engine.CurrentButtons(web.Record, "web"), b => b.Payload == "s:start");
    }

    [Fact]
    public void AMisspeltChannelIsAnErrorThatNamesTheChannels()
    {
        _content.Append("bot.yaml", "\nchannel_rules:\n  telegam:\n    hide: [\"s:\"]\n");

        var error = Assert.Single(_content.Errors());
        Assert.Contains("unknown channel 'telegam'", error.Message);
        Assert.Contains("did you mean 'telegram'", error.Message);
        Assert.Equal("bot.yaml", error.Location.File);
    }

    [Fact]
    public void HidingMenuOrContentButtonsIsRefusedBecauseResidentsWouldBeStuck()
    {
        _content.Append("bot.yaml", "\nchannel_rules:\n  web:\n    hide: [\"c:\"]\n");

        var error = Assert.Single(_content.Errors());
        Assert.Contains("'c:' cannot be hidden", error.Message);
        Assert.Contains("stuck", error.Fix);
    }
}
