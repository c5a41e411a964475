using Bot.Dialogs.Text;

namespace Bot.Dialogs.Tests.Text;

/// <summary>A topic that several examples agree on outranks one example that happens to match a little better.</summary>
public sealed class TopicSupportRoutingTests
{
    private static readonly RouteTarget Lucky = new("lucky", null);
    private static readonly RouteTarget Supported = new("supported", null);

    private static readonly IntentRouter Router = new(
        [
            (Lucky, ["khai báo tạm trú nhé"]),
            (Supported, ["khai báo tạm trú online ngay", "khai báo tạm trú cho con"]),
        ],
        new Dictionary<string, string>());

    [Fact]
    public void TwoExamplesThatAgreeOutweighOneSlightlyCloserExample()
    {
        // By cosine alone "lucky" is closer (one extra word against two); its flow has nothing else that agrees.
        var ranked = Router.Rank("khai báo tạm trú");

        Assert.Equal(Supported, ranked[0].Target);
        Assert.Equal(Lucky, ranked[1].Target);
    }

    [Fact]
    public void AMessageThatIsOneOfTheExamplesStillPicksItsTopic() =>
        Assert.Equal(Lucky, Router.Rank("khai báo tạm trú nhé")[0].Target);
}
