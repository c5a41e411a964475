using Bot.Content.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Content.Hosting.Tests;

/// <summary>One bot instance's content side: runtime, kept versions and reloader over a sandbox folder.</summary>
internal sealed class ReloaderFixture : IAsyncDisposable
{
    public ReloaderFixture(ContentSandbox sandbox, IContentVersionBus? bus = null, string? versions = null, int keep = 10)
    {
        Sandbox = sandbox;
        Runtime = new ContentRuntime(Options.Create(new ContentOptions { Path = sandbox.Folder, VersionsPath = versions ?? sandbox.Versions, KeepVersions = keep }), TimeProvider.System);
        Versions = new ContentVersionStore(versions ?? sandbox.Versions, keep, TimeProvider.System);
        Reloader = new ContentReloader(Runtime, Versions, bus ?? new InProcessContentVersionBus(), TimeProvider.System, NullLogger<ContentReloader>.Instance);
    }

    public ContentSandbox Sandbox { get; }

    public ContentRuntime Runtime { get; }

    public ContentVersionStore Versions { get; }

    public ContentReloader Reloader { get; }

    public string Version => Runtime.Current.Content.Version;

    public static async Task<ReloaderFixture> StartAsync(ContentSandbox sandbox, IContentVersionBus? bus = null, string? versions = null, int keep = 10)
    {
        var fixture = new ReloaderFixture(sandbox, bus, versions, keep);
        await fixture.Reloader.StartAsync(CancellationToken.None);
        return fixture;
    }

    public ValueTask DisposeAsync() => Reloader.DisposeAsync();
}
