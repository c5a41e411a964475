using System.Text.Json;
using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;

namespace Bot.Host.Tests.WebChat;

/// <summary>
/// On the web chat every screen reachable by buttons offers a way on, and nothing it cannot deliver is offered.
/// </summary>
/// <remarks>
/// The rule (README, web chat): every answer's last message has at least one button; the page's own menu
/// control is there as well, always, for what residents type.
/// </remarks>
public sealed class WebChatWayOnTests : IClassFixture<WebChatWayOnTests.RealContentBot>
{
    private readonly RealContentBot _factory;

    public WebChatWayOnTests(RealContentBot factory) => _factory = factory;

    [Fact]
    public async Task EveryScreenReachableByButtonsOnTheWebChatOffersAWayOnAndNoAlertSubscription()
    {
        var http = _factory.CreateClient();
        var seen = new HashSet<string>(StringComparer.Ordinal) { "c:menu" };
        var queue = new Queue<string>(["c:menu"]);
        var screens = new HashSet<string>(StringComparer.Ordinal);
        var deadEnds = new List<string>();
        var offeredAlerts = new List<string>();
        var pressed = 0;
        while (queue.TryDequeue(out var payload))
        {
            // A fresh conversation for each press: content buttons name their step, so a press works from anywhere.
            var chat = new WebChatClient(http, "walk-" + pressed++);
            var answer = await chat.PressAsync(payload);
            var where = answer.GetProperty("flow").GetString() + "/" + answer.GetProperty("node").GetString();
            screens.Add(where);
            var replies = answer.GetProperty("replies").EnumerateArray().ToList();
            Assert.NotEmpty(replies);
            var last = replies[^1].GetProperty("buttons");
            if (last.GetArrayLength() == 0)
            {
                deadEnds.Add($"{payload} → {where}: {replies[^1].GetProperty("text").GetString()}");
            }

            foreach (var button in replies.SelectMany(r => r.GetProperty("buttons").EnumerateArray()))
            {
                if (button.TryGetProperty("url", out _))
                {
                    continue; // a link opens a page; it does not answer the bot
                }

                var next = button.GetProperty("payload").GetString()!;
                if (next.StartsWith("s:", StringComparison.Ordinal))
                {
                    offeredAlerts.Add($"{where}: {button.GetProperty("label").GetString()}");
                }

                if (next is "c:back" or "c:restart" || !seen.Add(next))
                {
                    continue; // back and restart depend on the path taken, and lead where a button already led
                }

                queue.Enqueue(next);
            }
        }

        Assert.True(screens.Count > 100, $"only {screens.Count} screens were reached: the walk did not get far");
        Assert.Empty(offeredAlerts);
        Assert.Empty(deadEnds);
    }

    /// <summary>What a resident may type on the web chat: every slash command any handler knows, the typed commands, stop words and stray text.</summary>
    public static TheoryData<string> TypedMessages() =>
    [
        "/start", "/menu", "/back", "/quaylai", "/restart", "/batdaulai", "/help", "/trogiup", "/vi", "/en", "/forget", "/xoadulieu",
        "/dangky", "/subscribe", "/huy", "/unsubscribe", "/kiemtra", "/canhbao", "/canbo", "/khongco",
        "menu", "quay lại", "làm lại", "giúp", "english", "tiếng việt", "xóa dữ liệu", "hủy", "dừng", "stop",
        "1", "99", "asdfgh qwerty", "gọi 113",
    ];

    [Theory]
    [MemberData(nameof(TypedMessages))]
    public async Task EveryTypedCommandOnTheWebChatEndsWithAWayOn(string typed)
    {
        var http = _factory.CreateClient();

        // Typed at the start of a chat, and typed in the middle of a flow (after a few presses).
        var fresh = new WebChatClient(http, "typed-" + Guid.NewGuid().ToString("N")[..12]);
        var inFlow = new WebChatClient(http, "typed-" + Guid.NewGuid().ToString("N")[..12]);
        await inFlow.PressAsync("c:menu");
        await inFlow.PressAsync("f:eid");
        foreach (var chat in new[] { fresh, inFlow })
        {
            var answer = await chat.SendTextAsync(typed);
            var replies = answer.GetProperty("replies").EnumerateArray().ToList();
            Assert.NotEmpty(replies);
            var last = replies[^1];
            Assert.True(last.GetProperty("buttons").GetArrayLength() > 0,
                $"'{typed}' ended on a message with no button: {last.GetProperty("text").GetString()}");
            Assert.DoesNotContain(last.GetProperty("buttons").EnumerateArray(),
                b => b.TryGetProperty("payload", out var p) && p.GetString()?.StartsWith("s:", StringComparison.Ordinal) == true);
        }
    }

    [Fact]
    public async Task TheAlertSubscriptionButtonIsHiddenOnlyOnTheWebChatAndTypedNumbersCountWithoutIt()
    {
        var chat = new WebChatClient(_factory.CreateClient(), "numbers-" + Guid.NewGuid().ToString("N")[..8]);
        await chat.PressAsync("c:menu");
        var help = await chat.PressAsync("f:help");
        var labels = help.GetProperty("replies")[0].GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("label").GetString()).ToList();
        Assert.DoesNotContain("Nhận tin cảnh báo của xã, phường", labels);

        // The number typed is the number shown: the button after the hidden one moved up.
        var shownThird = labels[2];
        var typed = await chat.SendTextAsync("3");
        Assert.Equal("help", typed.GetProperty("flow").GetString());
        Assert.Equal("howto", typed.GetProperty("node").GetString());
        Assert.Equal("Cách dùng trợ lý này", shownThird);
    }

    [Fact]
    public async Task TheLivePageNeverShowsEditorsTheirRefusedSaves()
    {
        var response = await _factory.CreateClient().GetAsync("/api/webchat/preview");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The real host over the shipped content.</summary>
    public sealed class RealContentBot : IDisposable
    {
        private readonly BotFactory _factory = new() { ContentPath = RepositoryPaths.RealContent };

        public HttpClient CreateClient() => _factory.CreateClient();

        public void Dispose() => _factory.Dispose();
    }
}
