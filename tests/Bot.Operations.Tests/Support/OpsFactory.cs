using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Operations.Tests.Support;

/// <summary>The real host in memory over the fixture content, with the test's admin settings.</summary>
public sealed class OpsFactory : WebApplicationFactory<Program>
{
    public Dictionary<string, string?> Settings { get; init; } = TestKeys.AdminSettings();

    /// <summary>The content folder the host runs on (the fixture unless a test needs other content).</summary>
    public string ContentPath { get; init; } = RepositoryPaths.FixtureContent;

    /// <summary>Replaces services after the app's own registrations (e.g. a broadcast source with data).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>Starts Kestrel on a free loopback port (for a real browser) and returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Path", ContentPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }
}
