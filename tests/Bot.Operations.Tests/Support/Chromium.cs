using Microsoft.Playwright;

namespace Bot.Operations.Tests.Support;

/// <summary>Debian's headless Chromium driven by Playwright (never downloads a browser).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

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
            Args = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        return (playwright, browser);
    }
}
