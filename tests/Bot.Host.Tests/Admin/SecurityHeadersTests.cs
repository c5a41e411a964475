using Bot.Admin;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Admin;

/// <summary>The same security headers on every page and answer, the web chat included.</summary>
public sealed class SecurityHeadersTests : IClassFixture<BotFactory>
{
    private readonly BotFactory _factory;

    public SecurityHeadersTests(BotFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/")] // the web chat
    [InlineData("/webchat/chat.js")]
    [InlineData("/api/webchat/config")]
    [InlineData("/admin/login")]
    [InlineData("/admin")] // a 401 without a session
    [InlineData("/api/admin/status")]
    [InlineData("/health/live")]
    [InlineData("/no-such-page")] // a 404
    public async Task EveryResponseCarriesTheSameSecurityHeaders(string path)
    {
        using var response = await _factory.CreateClient().GetAsync(path);

        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }
}
