using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;

namespace Bot.Host.Tests.WebChat;

/// <summary>The web chat's JSON contract, as other tools and the page rely on it.</summary>
public sealed class WebChatApiTests : IClassFixture<BotFactory>
{
    private readonly BotFactory _factory;

    public WebChatApiTests(BotFactory factory) => _factory = factory;

    [Fact]
    public async Task AResidentIsGuidedThroughAFlowByButtonsNumbersAndWords()
    {
        var chat = new WebChatClient(_factory.CreateClient(), "resident-" + Guid.NewGuid().ToString("N")[..8]);

        var menu = await chat.PressAsync("c:menu");
        Assert.True(menu.GetProperty("flow").ValueKind == JsonValueKind.Null);
        var card = await chat.PressAsync(WebChatClient.Button(menu, "Thẻ căn cước"));
        Assert.Equal("card", card.GetProperty("flow").GetString());
        Assert.Equal("start", card.GetProperty("node").GetString());

        var urgent = await chat.SendTextAsync("3");
        Assert.Equal("ask_urgent", urgent.GetProperty("node").GetString());
        var lost = await chat.SendTextAsync("co");
        Assert.Equal("lost_urgent", lost.GetProperty("node").GetString());
        Assert.Contains("báo công an xã", lost.GetProperty("replies")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task FreeTextWithoutDiacriticsFindsTheTopic()
    {
        var chat = new WebChatClient(_factory.CreateClient(), "free-text");
        var response = await chat.SendTextAsync("dang ky tam tru o dau");
        Assert.Equal("stay", response.GetProperty("flow").GetString());
    }

    [Theory]
    [InlineData("bad id!", "{\"text\":\"hi\"}", "conversation id")]
    [InlineData("x", "{bad json", "not valid JSON")]
    [InlineData("x", "[1,2]", "JSON object")]
    [InlineData("x", "{}", "exactly one")]
    [InlineData("x", "{\"text\":\"a\",\"payload\":\"c:menu\"}", "exactly one")]
    [InlineData("x", "{\"text\":5}", "must be a string")]
    [InlineData("x", "{\"txt\":\"hi\"}", "Unknown field")]
    public async Task BadRequestsGetA400ThatSaysWhatToFix(string id, string body, string hint)
    {
        var response = await _factory.CreateClient().PostAsync(
            $"/api/webchat/{Uri.EscapeDataString(id)}/messages", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(hint, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task InvalidUtf8OrALoneSurrogateInsideTheTextGetsA400Problem()
    {
        foreach (var body in new[] { (byte[])[.. "{\"text\":\"xin "u8.ToArray(), 0xFF, .. "\"}"u8.ToArray()], "{\"text\":\"\\ud800\"}"u8.ToArray() })
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

            var response = await _factory.CreateClient().PostAsync("/api/webchat/utf8/messages", content);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task AChunkedBodyOverTheLimitIsRefusedWith413()
    {
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("{\"text\":\"" + new string('a', 200_000) + "\"}")));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await _factory.CreateClient().PostAsync("/api/webchat/big/messages", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnIdLongerThan64CharactersIsRejected()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync($"/api/webchat/{new string('a', 65)}/messages", new { text = "hi" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task TextOver4000CharactersIsRejectedWithTheLimit()
    {
        var response = await _factory.CreateClient().PostAsJsonAsync("/api/webchat/long/messages", new { text = new string('a', 4001) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 4000", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("😀")]
    [InlineData("\u0000\u0001")]
    [InlineData("<b>hi</b> & bye")]
    public async Task OddButValidTextIsAnsweredNormally(string text)
    {
        var chat = new WebChatClient(_factory.CreateClient(), "odd");
        var response = await chat.SendTextAsync(text);
        Assert.NotEqual(0, response.GetProperty("replies").GetArrayLength());
    }

    [Fact]
    public async Task AStaleButtonIsExplainedNotFailed()
    {
        var chat = new WebChatClient(_factory.CreateClient(), "stale");
        await chat.SendTextAsync("hi");
        var response = await chat.PressAsync("b:card:removed:yes");
        Assert.Contains("Nút này đã cũ", response.GetProperty("replies")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task ARetryWithTheSameMessageIdGetsTheSameAnswerAndCountsOnce()
    {
        // Was: the retry (sent because the first response was lost) got {"replies":[],"flow":null,"node":null}.
        var client = _factory.CreateClient();
        var conversation = "retry-" + Guid.NewGuid().ToString("N")[..8];
        await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", new { text = "hi", messageId = "m1" });
        var first = await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", new { text = "1", messageId = "m2" });
        var retry = await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", new { text = "1", messageId = "m2" });
        var next = await client.PostAsJsonAsync($"/api/webchat/{conversation}/messages", new { text = "3", messageId = "m3" });

        var answer = await first.Content.ReadFromJsonAsync<JsonElement>();
        var again = await retry.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(("card", "start"), (answer.GetProperty("flow").GetString(), answer.GetProperty("node").GetString()));
        Assert.NotEqual(0, answer.GetProperty("replies").GetArrayLength());
        Assert.Equal(answer.GetRawText(), again.GetRawText());
        // "1" was applied once: "3" is still read on the card flow's first step.
        Assert.Equal("ask_urgent", (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("node").GetString());
    }

    [Fact]
    public async Task HealthEndpointsAnswer()
    {
        var client = _factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("content", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ThePageAndItsOwnAssetsAreServedWithoutOutsideReferences()
    {
        var client = _factory.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.Contains("Trợ lý Công an xã", html);
        foreach (var asset in new[] { "/webchat/chat.js", "/webchat/chat.css", "/webchat/icon.svg" })
        {
            var body = await client.GetStringAsync(asset);
            Assert.DoesNotContain("//cdn", body);
            Assert.DoesNotContain("fonts.googleapis", body);
        }

        Assert.DoesNotMatch("(src|href)=\"https?://", html);
    }
}
