using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests;

/// <summary>How the OA channel treats residents: greeting, unfollowing, redeliveries, Zalo's limits and windows.</summary>
public sealed class OaConversationTests : IAsyncLifetime
{
    private FakeZaloOaApi _oa = null!;
    private ZaloApp _app = null!;

    public async Task InitializeAsync()
    {
        _oa = await FakeZaloOaApi.StartAsync();
        _app = ZaloApp.Start(oa: _oa);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _oa.DisposeAsync();
    }

    [Fact]
    public async Task NewFollowerIsGreetedWithTheMenuAsButtons()
    {
        using var response = await _app.PushOaAsync(ZaloApp.OaFollowEvent("u-follow"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = Assert.Single(_oa.MessagesTo("u-follow"));
        var menu = _app.Engine.Content.Menu;
        // Zalo OA shows at most 5 buttons; further options follow the text as numbered lines to type.
        Assert.StartsWith(menu.Text.Vi, greeting.Text);
        Assert.Equal(menu.Buttons.Take(5).Select(b => b.Label.Vi), greeting.Buttons.Select(b => b.Title));
        Assert.All(greeting.Buttons, b => Assert.Equal("oa.query.hide", b.Type));
        foreach (var (button, number) in menu.Buttons.Skip(5).Select((b, i) => (b, i + 6)))
        {
            Assert.Contains($"{number}. {button.Label.Vi}", greeting.Text);
        }
    }

    [Fact]
    public async Task PressingAMenuButtonOpensItsDialog()
    {
        await _app.PushOaAsync(ZaloApp.OaFollowEvent("u-press"));
        var payload = _oa.MessagesTo("u-press")[0].Buttons[0].Payload!;

        await _app.SayOnOaAsync("u-press", payload);

        var record = await _app.RecordAsync(ZaloChannels.OfficialAccount, "u-press");
        Assert.NotNull(record!.Flow);
        Assert.Equal(2, _oa.MessagesTo("u-press").Count);
    }

    [Fact]
    public async Task RedeliveredMessageIsAnsweredOnce()
    {
        var json = ZaloApp.OaTextEvent("u-dup", "menu", msgId: "msg-dup-1");

        using (var first = await _app.PushOaAsync(json))
        using (var again = await _app.PushOaAsync(json))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Single(_oa.MessagesTo("u-dup"));
    }

    [Fact]
    public async Task SimultaneousRedeliveriesAreAnsweredOnce()
    {
        var json = ZaloApp.OaTextEvent("u-dup-many", "menu", msgId: "msg-dup-2");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _app.PushOaAsync(json)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(_oa.MessagesTo("u-dup-many"));
    }

    [Fact]
    public async Task RedeliveredFollowGreetsOnce()
    {
        var json = ZaloApp.OaFollowEvent("u-follow-twice");

        await _app.PushOaAsync(json);
        await _app.PushOaAsync(json);

        Assert.Single(_oa.MessagesTo("u-follow-twice"));
    }

    [Fact]
    public async Task ResidentOutsideTheSevenDayWindowIsRecordedUnreachableAndNotTriedAgain()
    {
        await _app.SayOnOaAsync("u-window", "menu");
        _oa.PutOutsideWindow("u-window");
        var messenger = Messenger();

        var first = await messenger.SendAsync("u-window", [Reply.Plain("Thông báo: lịch tiếp dân thay đổi.")], CancellationToken.None);
        var attempts = _oa.SendAttempts;
        var second = await messenger.SendAsync("u-window", [Reply.Plain("Nhắc lại thông báo.")], CancellationToken.None);

        Assert.Equal(SendStatus.Unreachable, first.Status);
        Assert.Equal(SendStatus.Unreachable, second.Status);
        Assert.Equal(attempts, _oa.SendAttempts);
        var mark = await _app.Get<IUnreachableRecipients>().FindAsync(new ConversationKey(ZaloChannels.OfficialAccount, "u-window"), CancellationToken.None);
        Assert.Equal("outside-7-day-window", mark!.Reason);
    }

    [Fact]
    public async Task ResidentWhoWritesAgainIsReachableAgain()
    {
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-back");
        var unreachable = _app.Get<IUnreachableRecipients>();
        await unreachable.MarkAsync(key, "outside-7-day-window", CancellationToken.None);

        await _app.SayOnOaAsync("u-back", "menu");

        Assert.Null(await unreachable.FindAsync(key, CancellationToken.None));
        Assert.Equal(SendStatus.Sent, (await Messenger().SendAsync("u-back", [Reply.Plain("Xin chào")], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task UnfollowMarksTheResidentUnreachableAndFollowingAgainClearsIt()
    {
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-unfollow");
        var unreachable = _app.Get<IUnreachableRecipients>();

        await _app.PushOaAsync(ZaloApp.OaFollowEvent("u-unfollow", "unfollow"));
        var afterUnfollow = await unreachable.FindAsync(key, CancellationToken.None);
        var sendAfterUnfollow = await Messenger().SendAsync("u-unfollow", [Reply.Plain("Tin mới")], CancellationToken.None);
        await _app.PushOaAsync(ZaloApp.OaFollowEvent("u-unfollow"));

        Assert.Equal("unfollowed", afterUnfollow!.Reason);
        Assert.Equal(SendStatus.Unreachable, sendAfterUnfollow.Status);
        Assert.Null(await unreachable.FindAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task RateLimitedReplyIsDeliveredLaterWithBackoff()
    {
        _oa.FailNextSends(-32, -32);

        await _app.SayOnOaAsync("u-rate", "menu");

        await ZaloApp.EventuallyAsync(() => _oa.MessagesTo("u-rate").Count == 1, "the reply after Zalo's rate limit");
        Assert.True(_oa.SendAttempts >= 3);
    }

    [Fact]
    public async Task OutOfTurnSendDuringRateLimitReportsRateLimitedWithAWait()
    {
        _oa.FailNextSends(-32);

        var outcome = await Messenger().SendAsync("u-rate-2", [Reply.Plain("Thông báo")], CancellationToken.None);

        Assert.Equal(SendStatus.RateLimited, outcome.Status);
        Assert.NotNull(outcome.RetryAfter);
    }

    [Fact]
    public async Task VeryLongMessageWithEmojiGetsOneClearAnswer()
    {
        var text = string.Concat(Enumerable.Repeat("Tôi bị lừa 😢 ", 800));

        await _app.SayOnOaAsync("u-long", text);

        var replies = _oa.MessagesTo("u-long");
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.InRange(r.Text.Length, 1, 2000));
    }

    [Fact]
    public async Task TypedTextThatLooksLikeAnUnknownPayloadIsNotACrash()
    {
        await _app.SayOnOaAsync("u-stale", "b:nope:gone:x");

        // A crash would also send a message (the apology): what was sent must be the stale-button answer,
        // and nothing may have been logged as an error.
        var sent = _oa.MessagesTo("u-stale");
        Assert.NotEmpty(sent);
        Assert.Contains("Nút này đã cũ", sent[0].Text);
        Assert.DoesNotContain(sent, m => m.Text == _app.Engine.Content.Text(TextKeys.Error, "vi"));
        Assert.DoesNotContain(_app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditableMessageCannotBeEditedSoTheEditArrivesAsANewMessage()
    {
        await _app.SayOnOaAsync("u-edit", "menu");
        var messenger = Messenger();

        var id = await messenger.SendEditableAsync("u-edit", "Hồ sơ của bạn: đang xử lý", CancellationToken.None);
        await messenger.EditAsync("u-edit", id!, "Hồ sơ của bạn: đã xong", CancellationToken.None);

        Assert.Equal(["Hồ sơ của bạn: đang xử lý", "Hồ sơ của bạn: đã xong"], _oa.MessagesTo("u-edit").Skip(1).Select(m => m.Text));
    }

    private IChannelMessenger Messenger() =>
        _app.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.OfficialAccount);
}
