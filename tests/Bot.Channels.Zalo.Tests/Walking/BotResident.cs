using System.Globalization;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests.Walking;

/// <summary>A resident on Zalo Bot: no buttons exist, so they type the number of the option they want.</summary>
public sealed class BotResident(ZaloApp app, FakeZaloBotApi bot) : IResidentChannel
{
    public string Name => ZaloChannels.Bot;

    public async Task<Seen> OpenAsync(string user)
    {
        var before = bot.MessagesTo(user).Count;
        await app.SayOnBotAsync(user, "/start");
        return Since(user, before);
    }

    public async Task<Seen> ChooseAsync(string user, int index, ReplyButton option, Seen current)
    {
        var before = bot.MessagesTo(user).Count;
        await app.SayOnBotAsync(user, (index + 1).ToString(CultureInfo.InvariantCulture));
        return Since(user, before);
    }

    public void AssertOptions(Seen seen, IReadOnlyList<ReplyButton> expected)
    {
        Assert.All(seen.Texts, t => Assert.InRange(t.Length, 1, 2000));
        if (expected.Count > 0)
        {
            var lines = expected.Select((b, i) => $"{i + 1}. {b.Label}" + (b.Url is null ? "" : ": " + b.Url));
            Assert.EndsWith("\n\n" + string.Join("\n", lines), seen.Texts[^1], StringComparison.Ordinal);
        }
    }

    private Seen Since(string user, int before) =>
        new(bot.MessagesTo(user).Skip(before).Select(m => m.Text).ToList(), []);
}
