using System.Globalization;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests.Walking;

/// <summary>A resident on the Zalo OA: follows, then presses buttons (Zalo sends their payload back as text) or types a number for listed options.</summary>
public sealed class OaResident(ZaloApp app, FakeZaloOaApi oa) : IResidentChannel
{
    private const int MaxButtons = 5;

    public string Name => ZaloChannels.OfficialAccount;

    public async Task<Seen> OpenAsync(string user)
    {
        var before = oa.MessagesTo(user).Count;
        using var response = await app.PushOaAsync(ZaloOaEvents.Follow(user));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return Since(user, before);
    }

    public async Task<Seen> ChooseAsync(string user, int index, ReplyButton option, Seen current)
    {
        var before = oa.MessagesTo(user).Count;
        if (index < MaxButtons)
        {
            var button = current.LastButtons[index];
            Assert.Equal("oa.query.hide", button.Type);
            await app.SayOnOaAsync(user, button.Payload!); // what Zalo sends back when the button is pressed
        }
        else
        {
            await app.SayOnOaAsync(user, (index + 1).ToString(CultureInfo.InvariantCulture));
        }

        return Since(user, before);
    }

    public void AssertOptions(Seen seen, IReadOnlyList<ReplyButton> expected)
    {
        Assert.All(seen.Texts, t => Assert.InRange(t.Length, 1, 2000));
        var shown = expected.Take(MaxButtons).ToList();
        Assert.Equal(shown.Count, seen.LastButtons.Count);
        for (var i = 0; i < shown.Count; i++)
        {
            var button = seen.LastButtons[i];
            Assert.Equal(shown[i].Label, button.Title);
            if (shown[i].Url is { } url)
            {
                Assert.Equal(("oa.open.url", url), (button.Type, button.Url));
            }
            else
            {
                Assert.Equal(("oa.query.hide", shown[i].Payload), (button.Type, button.Payload));
            }
        }

        var all = string.Join("\n", seen.Texts);
        for (var i = MaxButtons; i < expected.Count; i++)
        {
            Assert.Contains($"{i + 1}. {expected[i].Label}", all, StringComparison.Ordinal);
        }
    }

    private Seen Since(string user, int before)
    {
        var messages = oa.MessagesTo(user).Skip(before).ToList();
        return new Seen(messages.Select(m => m.Text).ToList(), messages.Count == 0 ? [] : messages[^1].Buttons);
    }
}
