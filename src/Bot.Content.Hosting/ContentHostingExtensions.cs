using Bot.Admin;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Reporting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Content.Hosting;

/// <summary>Wires the content at run time: the engine in force, hot reload, kept versions, the version bus and the editors' API options.</summary>
public static class ContentHostingExtensions
{
    /// <summary>
    /// Adds <see cref="ContentRuntime"/> (also as the <see cref="IEngineProvider"/> turns read), the folder
    /// watcher and reloader, kept versions, the version bus (this process; Bot.Content.Hosting.Redis shares
    /// it through Redis), the dashboard's content status and the "content" readiness check.
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

        // This process only; Bot.Content.Hosting.Redis replaces it so every instance follows the version published through Redis.
        services.TryAddSingleton<IContentVersionBus, InProcessContentVersionBus>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ContentOptions>>().Value;
            return new ContentVersionStore(options.ResolveVersionsPath(), options.KeepVersions, sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<ContentReloader>();
        services.AddHostedService<ContentWatcher>();
        services.AddHealthChecks().AddCheck<ContentHealthCheck>("content", tags: ["ready"]);
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
