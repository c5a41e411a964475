using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Bot.Channels.Zalo.Tests.Fakes;
using Bot.Channels.Zalo.Tests.Infrastructure;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Content;
using Bot.Dialogs.Turns;

namespace Bot.Channels.Zalo.Tests;

/// <summary>How the OA channel treats residents: greeting, unfollowing, redeliveries, Zalo's limits and windows.</summary>
public sealed class OaConversationTests : OaAppTests
{
    [Fact]
    public async Task NewFollowerIsGreetedWithTheMenuAsButtons()
    {
        using var response = await App.PushOaAsync(ZaloOaEvents.Follow("u-follow"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = Assert.Single(Oa.MessagesTo("u-follow"));
        var menu = App.Engine.Content.Menu;
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
        await App.PushOaAsync(ZaloOaEvents.Follow("u-press"));
        var payload = Oa.MessagesTo("u-press")[0].Buttons[0].Payload!;

        await App.SayOnOaAsync("u-press", payload);

        var record = await App.RecordAsync(ZaloChannels.OfficialAccount, "u-press");
        Assert.NotNull(record!.Flow);
        Assert.Equal(2, Oa.MessagesTo("u-press").Count);
    }

    [Fact]
    public async Task RedeliveredMessageIsAnsweredOnce()
    {
        var json = ZaloOaEvents.Text("u-dup", "menu", msgId: "msg-dup-1");

        using (var first = await App.PushOaAsync(json))
        using (var again = await App.PushOaAsync(json))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        Assert.Single(Oa.MessagesTo("u-dup"));
    }

    [Fact]
    public async Task SimultaneousRedeliveriesAreAnsweredOnce()
    {
        var json = ZaloOaEvents.Text("u-dup-many", "menu", msgId: "msg-dup-2");

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => App.PushOaAsync(json)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(Oa.MessagesTo("u-dup-many"));
    }

    [Fact]
    public async Task RedeliveredFollowGreetsOnce()
    {
        var json = ZaloOaEvents.Follow("u-follow-twice");

        await App.PushOaAsync(json);
        await App.PushOaAsync(json);

        Assert.Single(Oa.MessagesTo("u-follow-twice"));
    }

    [Fact]
    public async Task ResidentOutsideTheSevenDayWindowIsRecordedUnreachableAndNotTriedAgain()
    {
        await App.SayOnOaAsync("u-window", "menu");
        Oa.PutOutsideWindow("u-window");
        var messenger = Messenger();

        var first = await messenger.SendAsync("u-window", [Reply.Plain("Thông báo: lịch tiếp dân thay đổi.")], CancellationToken.None);
        var attempts = Oa.SendAttempts;
        var second = await messenger.SendAsync("u-window", [Reply.Plain("Nhắc lại thông báo.")], CancellationToken.None);

        Assert.Equal(SendStatus.Unreachable, first.Status);
        Assert.Equal(SendStatus.Unreachable, second.Status);
        Assert.Equal(attempts, Oa.SendAttempts);
        var mark = await App.Get<IUnreachableRecipients>().FindAsync(new ConversationKey(ZaloChannels.OfficialAccount, "u-window"), CancellationToken.None);
        Assert.Equal("outside-7-day-window", mark!.Reason);
    }

    [Fact]
    public async Task ResidentWhoWritesAgainIsReachableAgain()
    {
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-back");
        var unreachable = App.Get<IUnreachableRecipients>();
        await unreachable.MarkAsync(key, "outside-7-day-window", CancellationToken.None);

        await App.SayOnOaAsync("u-back", "menu");

        Assert.Null(await unreachable.FindAsync(key, CancellationToken.None));
        Assert.Equal(SendStatus.Sent, (await Messenger().SendAsync("u-back", [Reply.Plain("Xin chào")], CancellationToken.None)).Status);
    }

    [Fact]
    public async Task UnfollowMarksTheResidentUnreachableAndFollowingAgainClearsIt()
    {
        var key = new ConversationKey(ZaloChannels.OfficialAccount, "u-unfollow");
        var unreachable = App.Get<IUnreachableRecipients>();

        await App.PushOaAsync(ZaloOaEvents.Follow("u-unfollow", "unfollow"));
        var afterUnfollow = await unreachable.FindAsync(key, CancellationToken.None);
        var sendAfterUnfollow = await Messenger().SendAsync("u-unfollow", [Reply.Plain("Tin mới")], CancellationToken.None);
        await App.PushOaAsync(ZaloOaEvents.Follow("u-unfollow"));

        Assert.Equal("unfollowed", afterUnfollow!.Reason);
        Assert.Equal(SendStatus.Unreachable, sendAfterUnfollow.Status);
        Assert.Null(await unreachable.FindAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task RateLimitedReplyIsDeliveredLaterWithBackoff()
    {
        Oa.FailNextSends(-32, -32);

        await App.SayOnOaAsync("u-rate", "menu");

        await Eventually.HoldsAsync(() => Oa.MessagesTo("u-rate").Count == 1, "the reply after Zalo's rate limit");
        Assert.True(Oa.SendAttempts >= 3);
    }

    [Fact]
    public async Task OutOfTurnSendDuringRateLimitReportsRateLimitedWithAWait()
    {
        Oa.FailNextSends(-32);

        var outcome = await Messenger().SendAsync("u-rate-2", [Reply.Plain("Thông báo")], CancellationToken.None);

        Assert.Equal(SendStatus.RateLimited, outcome.Status);
        Assert.NotNull(outcome.RetryAfter);
    }

    [Fact]
    public async Task VeryLongMessageWithEmojiGetsOneClearAnswer()
    {
        var text = string.Concat(Enumerable.Repeat("Tôi bị lừa 😢 ", 800));

        await App.SayOnOaAsync("u-long", text);

        var replies = Oa.MessagesTo("u-long");
        Assert.NotEmpty(replies);
        Assert.All(replies, r => Assert.InRange(r.Text.Length, 1, 2000));
    }

    [Fact]
    public async Task TypedTextThatLooksLikeAnUnknownPayloadIsNotACrash()
    {
        await App.SayOnOaAsync("u-stale", "b:nope:gone:x");

        // A crash would also send a message (the apology): what was sent must be the stale-button answer,
        // and nothing may have been logged as an error.
        var sent = Oa.MessagesTo("u-stale");
        Assert.NotEmpty(sent);
        Assert.Contains("Nút này đã cũ", sent[0].Text);
        Assert.DoesNotContain(sent, m => m.Text == App.Engine.Content.Text(TextKeys.Error, "vi"));
        Assert.DoesNotContain(App.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EditableMessageCannotBeEditedSoTheEditArrivesAsANewMessage()
    {
        await App.SayOnOaAsync("u-edit", "menu");
        var messenger = Messenger();

        var id = await messenger.SendEditableAsync("u-edit", "Hồ sơ của bạn: đang xử lý", CancellationToken.None);
        await messenger.EditAsync("u-edit", id!, "Hồ sơ của bạn: đã xong", CancellationToken.None);

        Assert.Equal(["Hồ sơ của bạn: đang xử lý", "Hồ sơ của bạn: đã xong"], Oa.MessagesTo("u-edit").Skip(1).Select(m => m.Text));
    }

    private IChannelMessenger Messenger() =>
        App.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == ZaloChannels.OfficialAccount);
}
