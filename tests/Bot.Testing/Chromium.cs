using Microsoft.Playwright;

namespace Bot.Testing;

/// <summary>
/// Debian's headless Chromium driven by Playwright, for the tests that check pages in a real browser. It never
/// downloads a browser (deployments and CI machines are offline): scripts/test.sh installs Debian's package.
/// </summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    /// <summary>Starts Playwright and a headless Chromium; the caller disposes both.</summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed at <see cref="Path"/>.</exception>
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"{Path} is missing: run scripts/test.sh, which installs Debian's chromium.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            // Nothing in the background: no update checks, sync or QUIC probes on a machine without internet.
            Args =
            [
                "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
