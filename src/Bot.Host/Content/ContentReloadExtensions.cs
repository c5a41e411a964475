using Bot.Admin;
using Bot.Dialogs.Reporting;
using Bot.State.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Host.Content;

/// <summary>Wires hot reload, kept versions, the version bus and the admin API's options.</summary>
public static class ContentReloadExtensions
{
    public static IServiceCollection AddContentReload(this IServiceCollection services)
    {
        services.AddAdminKeys(); // the content admin API opens for editor and admin keys
        services.AddOptions<ContentOptions>()
            .Validate(o => o.KeepVersions >= 1, "Content:KeepVersions must be at least 1")
            .Validate(o => o.DebounceMilliseconds >= 0 && o.PollSeconds >= 0, "Content:DebounceMilliseconds and Content:PollSeconds must be 0 or more")
            .Validate(o => !IsInside(o.ResolveVersionsPath(), o.ResolvePath()),
                "Content:VersionsPath must be outside the content folder (every file inside counts towards the content version); leave it empty for .content-versions beside it")
            .ValidateOnStart();
        // With Redis configured every instance follows the version published through it; otherwise this process only.
        services.TryAddSingleton<IContentVersionBus>(sp => sp.GetService<IConnectionMultiplexer>() is { } redis
            ? new RedisContentVersionBus(
                redis,
                sp.GetService<IOptions<RedisStateOptions>>()?.Value.KeyPrefix ?? "bot:",
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
        services.AddSingleton<Inbox.MissAssigner>(); // the misunderstood inbox publishes its examples through the reloader
        services.AddHostedService<ContentWatcher>();
        // The dashboard's content status (a core port) comes from the reloader: the version in force and the last refused edit.
        services.Replace(ServiceDescriptor.Singleton<IContentStatusSource, ReloaderContentStatus>());
        return services;
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }
}
