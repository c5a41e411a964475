using System.Net;
using System.Text;

namespace Bot.Host.Tests.WebChat;

/// <summary><c>WebChat:Enabled</c> does what the README and docs/deploy.md say, in the real host process.</summary>
public sealed class WebChatSwitchTests
{
    [Fact]
    public async Task WithTheWebChatSwitchedOffThePageAndItsApiAre404AndTheRestOfTheBotRuns()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.FixtureContent, "--WebChat:Enabled", "false"]);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        foreach (var path in new[] { "/", "/webchat/chat.js", "/webchat/chat.css", "/api/webchat/config" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(path)).StatusCode);
        }

        using var message = new StringContent("""{"text":"menu","messageId":"m1"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/webchat/resident1/messages", message)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task ByDefaultThePageAndItsApiAnswer()
    {
        await using var bot = await HostProcess.StartAsync(["--Content:Path", RepositoryPaths.FixtureContent]);
        using var http = new HttpClient { BaseAddress = bot.BaseAddress };

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/webchat/config")).StatusCode);
        using var message = new StringContent("""{"text":"menu","messageId":"m1"}""", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await http.PostAsync("/api/webchat/resident1/messages", message)).StatusCode);
    }
}
