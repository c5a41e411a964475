using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;

namespace Bot.Host.Composition;

/// <summary>
/// <c>Kestrel:UnsafePreferInlineScheduling</c> (default <c>false</c>): run each webhook request on the socket thread that
/// read it instead of handing it to the thread pool. One thread hop less per turn, but one blocking call anywhere on the
/// request path would stall every connection on that socket thread; measured in docs/benchmarks.md (issue #18, round 4)
/// and not the default.
/// </summary>
public static class KestrelScheduling
{
    public const string Key = "Kestrel:UnsafePreferInlineScheduling";

    public static IWebHostBuilder UseKestrelSchedulingFrom(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>(Key))
        {
            webHost.UseSockets(options => options.UnsafePreferInlineScheduling = true);
        }

        return webHost;
    }
}
