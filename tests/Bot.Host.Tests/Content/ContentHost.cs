using System.Net.Http.Json;
using System.Text.Json;
using Bot.Dialogs.Content;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>The real host over a content sandbox, and the content status of its admin API as these tests read it.</summary>
internal static class ContentHost
{
    private const string StatusPath = "/api/admin/content";

    /// <summary>The host on <paramref name="sandbox"/>'s folder and versions, with whatever else <paramref name="configure"/> sets.</summary>
    public static WebApplicationFactory<Program> Over(ContentSandbox sandbox, Action<IWebHostBuilder>? configure = null) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Content:Path", sandbox.Folder);
            web.UseSetting("Content:VersionsPath", sandbox.Versions);
            configure?.Invoke(web);
        });

    /// <summary>A saved file is published within moments (50 ms debounce) and other instances are asked every second.</summary>
    public static IWebHostBuilder PublishingSavesAtOnce(this IWebHostBuilder web) =>
        web.UseSetting("Content:DebounceMilliseconds", "50").UseSetting("Content:PollSeconds", "1");

    /// <summary>No folder watcher: only a reload request (or a rollback) publishes.</summary>
    public static IWebHostBuilder PublishingOnRequestOnly(this IWebHostBuilder web) => web.UseSetting("Content:Watch", "false");

    /// <summary><c>GET /api/admin/content</c> with <paramref name="editor"/>'s key.</summary>
    public static async Task<JsonElement> StatusAsync(HttpClient editor) => await editor.GetFromJsonAsync<JsonElement>(StatusPath);

    /// <summary>The content version the host runs.</summary>
    public static async Task<string> VersionAsync(HttpClient editor) => (await StatusAsync(editor)).GetProperty("version").GetString()!;

    /// <summary>Asks the status until <paramref name="done"/> holds (the watcher and the Redis bus work in the background).</summary>
    public static Task<JsonElement> WaitForStatusAsync(HttpClient editor, Func<JsonElement, bool> done, string what) =>
        Eventually.ReadAsync(() => StatusAsync(editor), done, what);

    /// <summary>Asks the status until the host runs <paramref name="version"/>.</summary>
    public static Task WaitForVersionAsync(HttpClient editor, string version) =>
        WaitForStatusAsync(editor, s => s.GetProperty("version").GetString() == version, "the host runs version " + version);

    /// <summary>Asks the status until it shows a refused edit; the status.</summary>
    public static Task<JsonElement> WaitForRefusalAsync(HttpClient editor) =>
        WaitForStatusAsync(editor, s => s.GetProperty("lastError").ValueKind == JsonValueKind.Array, "the status shows the refused edit");

    /// <summary>Saves <paramref name="from"/> → <paramref name="to"/> in eid.yaml and waits until the host behind <paramref name="editor"/> runs it; the new version.</summary>
    /// <remarks>For hosts that publish saves (<see cref="PublishingSavesAtOnce"/>): the folder watcher, not a request, publishes it.</remarks>
    public static async Task<string> SaveEidEditAsync(ContentSandbox sandbox, HttpClient editor, string from, string to)
    {
        sandbox.ReplaceInEid(from, to);
        var edited = ContentLoader.HashFolder(sandbox.Folder);
        await WaitForVersionAsync(editor, edited);
        return edited;
    }
}
