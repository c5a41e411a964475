using Bot.Channels.Telegram.Sending;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Turns;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>Out-of-turn sends through IChannelMessenger: limits respected, blocked residents remembered, no message repeated needlessly.</summary>
public sealed class SendingTests
{
    private const long Chat = 5151;
    private static readonly ConversationKey Resident = new("telegram", "5151");

    private static IChannelMessenger Messenger(TelegramTestHost host) =>
        host.Services.GetServices<IChannelMessenger>().Single(m => m.Channel == "telegram");

    [Fact]
    public async Task AfterA429TheMessageIsSentOnceWhenRetryAfterHasPassed()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.FloodNext(Chat, retryAfterSeconds: 1);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Cảnh báo lừa đảo mới")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal("Cảnh báo lừa đảo mới", Assert.Single(host.Api.MessagesIn(Chat)).Text);
        Assert.Equal(0, host.Api.EarlyRetries); // the fake answers 429 again to a retry that comes too early
        Assert.Equal([429, 200], host.Api.RequestsFor("sendMessage").Select(r => r.Status));
    }

    [Fact]
    public async Task ARetryAfterLongerThanTheLimitIsReportedNotWaitedOut()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:MaxRetryAfterSeconds"] = "5");
        host.Api.FloodNext(Chat, retryAfterSeconds: 30);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.RateLimited, outcome.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), outcome.RetryAfter);
    }

    [Fact]
    public async Task AResidentWhoBlockedTheBotIsReportedAndNotMessagedAgain()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.Block(Chat);
        var messenger = Messenger(host);

        var first = await messenger.SendAsync(Chat.ToString(), [Reply.Plain("Tin 1")], CancellationToken.None);
        var second = await messenger.SendAsync(Chat.ToString(), [Reply.Plain("Tin 2")], CancellationToken.None);

        Assert.Equal(SendStatus.Blocked, first.Status);
        Assert.Equal(SendStatus.Blocked, second.Status);
        Assert.Single(host.Api.RequestsFor("sendMessage")); // the second send did not even ask Telegram
        Assert.True(await host.Services.GetRequiredService<IUnreachableRecipients>().FindAsync(Resident, CancellationToken.None) is not null);
    }

    [Fact]
    public async Task BlockingAndUnblockingNoticesUpdateTheUnreachableList()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var unreachable = host.Services.GetRequiredService<IUnreachableRecipients>();

        await host.DeliverAsync(Chat, MemberUpdate(9100, "kicked"));
        Assert.NotNull(await unreachable.FindAsync(Resident, CancellationToken.None));

        await host.DeliverAsync(Chat, MemberUpdate(9101, "member"));
        Assert.Null(await unreachable.FindAsync(Resident, CancellationToken.None));
    }

    [Fact]
    public async Task AResidentWhoWritesAgainIsReachableAgain()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var unreachable = host.Services.GetRequiredService<IUnreachableRecipients>();
        await unreachable.MarkAsync(Resident, "blocked", CancellationToken.None);

        var replies = await host.SendTextAsync(Chat, "/start");

        Assert.NotEmpty(replies);
        Assert.Null(await unreachable.FindAsync(Resident, CancellationToken.None));
    }

    [Fact]
    public async Task AServerErrorIsRetriedAndTheResidentGetsTheMessageOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.FailNext("sendmessage", 500);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Single(host.Api.MessagesIn(Chat));
        Assert.Equal([500, 200], host.Api.RequestsFor("sendMessage").Select(r => r.Status));
    }

    [Fact]
    public async Task AMessageWhoseOutcomeIsUnknownIsResentAtMostOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.FailNext("sendmessage", 502, count: 5);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
        Assert.Equal(2, host.Api.RequestsFor("sendMessage").Count);
    }

    [Fact]
    public async Task ATimedOutSendIsResentOnlyOnceSoAResidentSeesAtMostTwoCopies()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:RequestTimeoutSeconds"] = "1");
        host.Api.SendDelay = TimeSpan.FromSeconds(3); // Telegram delivers, but its answer never arrives in time

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.TransientFailure, outcome.Status);
        await Task.Delay(host.Api.SendDelay + TimeSpan.FromSeconds(1)); // let the fake finish what it received
        // Never a third copy. (Under heavy machine load the resend itself may time out before it arrives.)
        Assert.InRange(host.Api.RequestsFor("sendMessage").Count, 1, 2);
        Assert.InRange(host.Api.MessagesIn(Chat).Count, 1, 2);
    }

    [Fact]
    public async Task ABadRequestIsNotRetried()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        host.Api.FailNext("sendmessage", 400);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [Reply.Plain("Tin")], CancellationToken.None);

        Assert.Equal(SendStatus.Failed, outcome.Status);
        Assert.Single(host.Api.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task ATextLongerThanOneMessageArrivesWholeInSeveralMessagesSplitBetweenParagraphs()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var paragraphs = Enumerable.Range(1, 30).Select(i => $"Đoạn {i}: " + string.Concat(Enumerable.Repeat("thủ tục & giấy tờ <cần> mang theo. ", 9)).TrimEnd()).ToList();
        var text = string.Join("\n\n", paragraphs);
        var reply = new Reply(text, [new ReplyButton("Menu", "c:menu")]);

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), [reply], CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        var messages = host.Api.MessagesIn(Chat);
        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.True(m.Text.Length <= 4096));
        Assert.Equal(text, string.Join("\n\n", messages.Select(m => m.Text)));
        Assert.All(messages, m => Assert.StartsWith("Đoạn ", m.Text)); // every piece starts at a paragraph
        Assert.Empty(messages[0].Buttons);
        Assert.Single(messages[^1].Buttons);
    }

    [Fact]
    public async Task AnEditableMessageCanBeEditedInPlace()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var messenger = Messenger(host);

        var id = await messenger.SendEditableAsync(Chat.ToString(), "Hồ sơ: đã nhận", CancellationToken.None);
        Assert.NotNull(id);
        await messenger.EditAsync(Chat.ToString(), id, "Hồ sơ: đang xử lý <bước 2>", CancellationToken.None);
        await messenger.EditAsync(Chat.ToString(), id, "Hồ sơ: đang xử lý <bước 2>", CancellationToken.None); // unchanged: fine

        var message = Assert.Single(host.Api.MessagesIn(Chat));
        Assert.Equal("Hồ sơ: đang xử lý <bước 2>", message.Text);
    }

    [Fact]
    public async Task PerChatPacingKeepsOneChatAtTheConfiguredRateWithoutLosingMessages()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s =>
        {
            s["Telegram:PerChatRate"] = "5";
            s["Telegram:PerChatBurst"] = "1";
        });
        var replies = Enumerable.Range(1, 6).Select(i => Reply.Plain("Tin " + i)).ToList();

        var outcome = await Messenger(host).SendAsync(Chat.ToString(), replies, CancellationToken.None);

        Assert.Equal(SendStatus.Sent, outcome.Status);
        Assert.Equal(replies.Select(r => r.Text), host.Api.MessagesIn(Chat).Select(m => m.Text));
        var times = host.Api.RequestsFor("sendMessage").Select(r => r.At).ToList();
        // Counted from the second arrival: the first request also opens the connection, so it can reach the fake
        // late while the pacing clock already runs (a fresh clone measured 878 ms from the first). Four intervals
        // at 5 per second cannot take less than 800 ms (a correctness bound, not a speed claim).
        Assert.True(times[^1] - times[1] >= TimeSpan.FromMilliseconds(760), $"messages 2 to 6 sent within {(times[^1] - times[1]).TotalMilliseconds} ms");
    }

    private static System.Text.Json.Nodes.JsonObject MemberUpdate(int updateId, string status) => new()
    {
        ["update_id"] = updateId,
        ["my_chat_member"] = new System.Text.Json.Nodes.JsonObject
        {
            ["chat"] = new System.Text.Json.Nodes.JsonObject { ["id"] = Chat, ["type"] = "private", ["first_name"] = "Dân" },
            ["from"] = new System.Text.Json.Nodes.JsonObject { ["id"] = Chat, ["is_bot"] = false, ["first_name"] = "Dân" },
            ["date"] = 1_700_000_000,
            ["old_chat_member"] = new System.Text.Json.Nodes.JsonObject
            {
                ["status"] = status == "kicked" ? "member" : "kicked",
                ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 987654321, ["is_bot"] = true, ["first_name"] = "Bot" },
                ["until_date"] = 0,
            },
            ["new_chat_member"] = new System.Text.Json.Nodes.JsonObject
            {
                ["status"] = status,
                ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = 987654321, ["is_bot"] = true, ["first_name"] = "Bot" },
                ["until_date"] = 0,
            },
        },
    };
}
