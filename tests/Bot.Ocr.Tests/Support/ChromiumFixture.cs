using Bot.Benchmarks.Ocr;

namespace Bot.Ocr.Tests.Support;

/// <summary>One headless Chromium for the tests that draw screenshots (started once per test class).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public ScreenshotRenderer Renderer { get; private set; } = null!;

    public async Task InitializeAsync() => Renderer = await ScreenshotRenderer.StartAsync();

    public async Task DisposeAsync() => await Renderer.DisposeAsync();
}
