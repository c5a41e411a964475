using Bot.Host.Composition;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Composition;

/// <summary>
/// <c>Kestrel:UnsafePreferInlineScheduling</c> runs requests on the socket thread; it is a measurement switch (issue #18,
/// round 4), so an operator who never sets it must get the thread pool as before.
/// </summary>
public sealed class KestrelSchedulingTests
{
    [Fact]
    public void WithoutTheSettingRequestsGoToTheThreadPool()
    {
        using var factory = new BotFactory();

        Assert.False(factory.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }

    [Fact]
    public void TheSettingTurnsInlineSchedulingOnForTheSocketTransport()
    {
        using var factory = new BotFactory { Settings = { [KestrelScheduling.Key] = "true" } };

        Assert.True(factory.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }
}
