using System.Net;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Channels.Telegram.Tests;

/// <summary>The webhook: only Telegram (holding the secret) gets in; bad bodies get a clear 400; each update is answered once.</summary>
public sealed class WebhookTests
{
    private const long Chat = 4242;

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("wrong-secret-0123456789")]
    [InlineData(TelegramTestHost.Secret + "x")]
    public async Task AnUpdateWithoutTheRightSecretIsRefusedAndNotProcessed(string? secret)
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var update = host.Api.TextUpdate(Chat, "/start");

        using var response = await host.PostWebhookAsync(update.ToJsonString(), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Api.MessagesIn(Chat));
    }

    [Fact]
    public async Task WebhookPostsNeverCountAsAdminSignInAttempts()
    {
        // Telegram's posts are checked by their secret header only: a stray Authorization header on them (a proxy, a
        // scanner) must neither be judged as an admin key nor lock the officers of this address out of the admin pages.
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        for (var i = 0; i < 8; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
            {
                Content = new StringContent(host.Api.TextUpdate(Chat, "/start").ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramTestHost.Secret);
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "not-an-admin-key-" + i);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single()); // the security headers still apply
        }

        Assert.Equal(8, host.Api.MessagesIn(Chat).Count);
        using var sheet = await host.GetAdminAsync("/api/admin/qr/sheet");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"update_id\":\"abc\"}")]
    [InlineData("{\"update_id\":7,\"message\":{\"message_id\":\"x\"}}")]
    [InlineData("{\"update_id\":8,\"message\":{\"message_id\":1,\"chat\":{\"id\":4242,\"type\":\"private\"},\"date\":1,\"text\":\"\\ud800\"}}")]
    public async Task MalformedBodiesGetA400(string body)
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        using var response = await host.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Telegram Update", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnOversizedBodyIsRefused()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        using var response = await host.PostWebhookAsync("{\"update_id\":1,\"x\":\"" + new string('a', 2 * 1024 * 1024) + "\"}");

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("{\"update_id\":9101,\"message\":{\"message_id\":1,\"date\":1,\"text\":\"hi\"}}")]
    [InlineData("{\"update_id\":9102,\"callback_query\":{\"id\":\"q\",\"chat_instance\":\"c\",\"data\":\"c:menu\"}}")]
    [InlineData("{\"update_id\":9103,\"my_chat_member\":{\"chat\":{\"id\":4242,\"type\":\"private\"},\"date\":1}}")]
    public async Task UpdatesWithoutTheFieldsTelegramAlwaysSendsAreAcknowledgedNotACrash(string body)
    {
        // Was: a message without "chat" threw a NullReferenceException.
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        using var response = await host.PostWebhookAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UpdateTypesTheBotDoesNotUseAreAcknowledgedAndIgnored()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        const string poll = "{\"update_id\":9001,\"poll\":{\"id\":\"p1\",\"question\":\"?\",\"options\":[],\"total_voter_count\":0,\"is_closed\":false,\"is_anonymous\":true,\"type\":\"regular\",\"allows_multiple_answers\":false}}";
        const string edited = "{\"update_id\":9002,\"edited_message\":{\"message_id\":1,\"date\":1,\"edit_date\":2,\"chat\":{\"id\":4242,\"type\":\"private\"},\"text\":\"hi\"}}";

        using var first = await host.PostWebhookAsync(poll);
        using var second = await host.PostWebhookAsync(edited);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(host.Api.MessagesIn(Chat));
    }

    [Fact]
    public async Task ARedeliveredUpdateIsAnsweredOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var update = host.Api.TextUpdate(Chat, "/start");

        var first = await host.DeliverAsync(Chat, update);
        var second = await host.DeliverAsync(Chat, update);
        var third = await host.DeliverAsync(Chat, update);

        Assert.NotEmpty(first);
        Assert.Empty(second);
        Assert.Empty(third);
    }

    [Fact]
    public async Task ARedeliveredButtonPressIsAnsweredOnce()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var menu = (await host.SendTextAsync(Chat, "/start"))[^1];
        var press = host.Api.PressUpdate(menu, menu.Buttons.First(b => b.CallbackData is not null).CallbackData!);

        var first = await host.DeliverAsync(Chat, press);
        var again = await host.DeliverAsync(Chat, press);

        Assert.NotEmpty(first);
        Assert.Empty(again);
        Assert.True(host.Api.AllCallbackQueriesAnswered);
        // Was: the redelivery answered the callback query again, and Telegram refused it ("query is too old").
        Assert.Single(host.Api.RequestsFor("answerCallbackQuery"));
        Assert.DoesNotContain(host.Api.Requests, r => r.Status != 200);
    }

    [Fact]
    public async Task APressedButtonIsAnsweredInTheWebhookResponseAfterItsReplyWasSent()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);
        var menu = (await host.SendTextAsync(Chat, "/start"))[^1];
        var press = host.Api.PressUpdate(menu, menu.Buttons.First(b => b.CallbackData is not null).CallbackData!);
        var before = host.Api.MessagesIn(Chat).Count;

        using var response = await host.PostWebhookAsync(press.ToJsonString());
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        // One outbound call less per press: the answer rides on the webhook's 200, after the reply went out.
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("answerCallbackQuery", body["method"]!.GetValue<string>());
        Assert.Equal(press["callback_query"]!["id"]!.GetValue<string>(), body["callback_query_id"]!.GetValue<string>());
        Assert.Empty(host.Api.RequestsFor("answerCallbackQuery"));
        Assert.True(host.Api.MessagesIn(Chat).Count > before);

        Assert.Equal("answerCallbackQuery", await host.Api.ExecuteWebhookReplyAsync(response));
        Assert.True(host.Api.AllCallbackQueriesAnswered);
        Assert.All(host.Api.RequestsFor("answerCallbackQuery"), r => Assert.True(r.FromWebhookReply));
    }

    [Fact]
    public async Task WithAnswersInTheResponseTurnedOffTheBotAnswersThePressItself()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, s => s["Telegram:AnswerButtonsInWebhookResponse"] = "false");
        var menu = (await host.SendTextAsync(Chat, "/start"))[^1];
        var press = host.Api.PressUpdate(menu, menu.Buttons.First(b => b.CallbackData is not null).CallbackData!);

        using var response = await host.PostWebhookAsync(press.ToJsonString());

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        var answer = Assert.Single(host.Api.RequestsFor("answerCallbackQuery"));
        Assert.False(answer.FromWebhookReply);
        Assert.True(host.Api.AllCallbackQueriesAnswered);
    }

    [Fact]
    public async Task UpdatesOfOneChatAreHandledInTheOrderTheyArrived()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook,
            services: s => s.AddSingleton<ITurnHandler, EchoHandler>());
        var updates = Enumerable.Range(1, 20).Select(i => host.Api.TextUpdate(Chat, EchoHandler.Prefix + i)).ToList();

        foreach (var update in updates)
        {
            using var response = await host.PostWebhookAsync(update.ToJsonString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var texts = host.Api.MessagesIn(Chat).Select(m => m.Text).ToList();
        Assert.Equal(Enumerable.Range(1, 20).Select(i => "Bạn đã gõ: " + i), texts);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Tom & Jerry <b>bold</b> &amp; &lt;")]
    [InlineData("a > b < c \"quoted\" 'single'")]
    [InlineData("😀 Chào bà con 👵🏻 &#60; </b>")]
    public async Task HostileTextTypedByAResidentIsShownBackExactlyAsTyped(string typed)
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook,
            services: s => s.AddSingleton<ITurnHandler, EchoHandler>());

        var replies = await host.SendTextAsync(Chat, EchoHandler.Prefix + typed);

        var reply = Assert.Single(replies);
        Assert.Equal("Bạn đã gõ: " + typed, reply.Text); // the fake parsed the HTML: nothing became markup
        Assert.Equal("<b>Menu</b> & \"more\"", Assert.Single(reply.Buttons).Text);
        Assert.DoesNotContain(host.Api.Requests, r => r.Status != 200);
    }

    [Fact]
    public async Task AVeryLongMessageFromAResidentGetsAnAnswer()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook);

        var replies = await host.SendTextAsync(Chat, string.Concat(Enumerable.Repeat("vneid ", 2000)));

        Assert.NotEmpty(replies);
    }

    [Fact]
    public async Task WithoutATokenTheChannelIsOffAndTheWebhookDoesNotExist()
    {
        await using var host = await TelegramTestHost.StartAsync(TelegramMode.Webhook, settings: s => s["Telegram:BotToken"] = "");

        using var response = await host.PostWebhookAsync(host.Api.TextUpdate(Chat, "/start").ToJsonString());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(host.Api.Requests);
    }
}
