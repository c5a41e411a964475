using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Support;

/// <summary>The real host, in memory, over the stable fixture content unless told otherwise.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    /// <summary>Content folder to load; the engine tests' fixture by default.</summary>
    public string ContentPath { get; init; } = RepositoryPaths.FixtureContent;

    /// <summary>Extra configuration, e.g. ["WebChat:Preview"] = "true".</summary>
    public Dictionary<string, string?> Settings { get; init; } = [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Content:Path", ContentPath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
