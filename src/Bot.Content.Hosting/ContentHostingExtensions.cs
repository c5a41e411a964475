using Bot.Admin;
using Bot.Dialogs.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Content.Hosting;

/// <summary>Wires the content at run time: the engine in force, hot reload, kept versions, the version bus and the editors' API options.</summary>
public static class ContentHostingExtensions
{
    /// <summary>
    /// Adds <see cref="ContentRuntime"/> (also as the <see cref="IEngineProvider"/> turns read), the folder
    /// watcher and reloader, kept versions, the version bus (Redis when a connection is registered, this
    /// process otherwise) and the "content" readiness check.
    /// </summary>
    public static IServiceCollection AddContentHosting(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddAdminKeys(); // the content admin API opens for editor and admin keys
        services.AddOptions<ContentOptions>().BindConfiguration("Content")
            .Validate(o => o.KeepVersions >= 1, "Content:KeepVersions must be at least 1")
            .Validate(o => o.DebounceMilliseconds >= 0 && o.PollSeconds >= 0, "Content:DebounceMilliseconds and Content:PollSeconds must be 0 or more")
            .Validate(o => !IsInside(o.ResolveVersionsPath(), o.ResolvePath()),
                "Content:VersionsPath must be outside the content folder (every file inside counts towards the content version); leave it empty for .content-versions beside it")
            .ValidateOnStart();
        services.AddSingleton<ContentRuntime>();
        services.AddSingleton<IEngineProvider>(sp => sp.GetRequiredService<ContentRuntime>());

        // With Redis configured every instance follows the version published through it; otherwise this process only.
        services.TryAddSingleton<IContentVersionBus>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisContentVersionBus(
                redis,
                KeyPrefix(sp.GetRequiredService<IConfiguration>()),
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromSeconds(Math.Max(1, sp.GetRequiredService<IOptions<ContentOptions>>().Value.PollSeconds is var s and > 0 ? s : 5)),
                sp.GetRequiredService<ILogger<RedisContentVersionBus>>())
            : new InProcessContentVersionBus());
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentVersionStore(options.ResolveVersionsPath(), options.KeepVersions, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ContentReloader>();
        services.AddHostedService<ContentWatcher>();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
        return services;
    }

    /// <summary>The key prefix the conversation store uses (<c>Redis:KeyPrefix</c>), so several bots can share one Redis.</summary>
    private static string KeyPrefix(IConfiguration configuration) =>
        configuration["Redis:KeyPrefix"] is { Length: > 0 } prefix ? prefix : "bot:";

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
