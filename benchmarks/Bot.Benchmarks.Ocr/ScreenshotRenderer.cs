using Microsoft.Playwright;

namespace Bot.Benchmarks.Ocr;

/// <summary>
/// Draws messages as phone screenshots with Debian's headless Chromium (Playwright, no browser download),
/// from the local template <c>Screenshots/phone.html</c>. One browser, one page per phone size and density.
/// </summary>
public sealed class ScreenshotRenderer : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] Replies = ["Ai vậy ạ?", "Cho tôi hỏi đây là ai?", "Tôi không hiểu, anh nói rõ hơn được không?"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _template;

    private ScreenshotRenderer(IPlaywright playwright, IBrowser browser, string template)
    {
        _playwright = playwright;
        _browser = browser;
        _template = template;
    }

    public static async Task<ScreenshotRenderer> StartAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh, which installs Debian's chromium.");
        }

        var template = Path.Combine(AppContext.BaseDirectory, "Screenshots", "phone.html");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return new ScreenshotRenderer(playwright, browser, new Uri(template).AbsoluteUri);
    }

    /// <summary>The screenshot of <paramref name="message"/> drawn as <paramref name="variant"/>: PNG or JPEG bytes.</summary>
    public async Task<byte[]> RenderAsync(ScreenshotMessage message, ScreenshotVariant variant, int seed)
    {
        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = variant.Width, Height = variant.Height },
            DeviceScaleFactor = variant.Scale,
            IsMobile = true,
            HasTouch = true,
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(_template);
        await page.EvaluateAsync("spec => render(spec)", Spec(message, variant, seed));
        return await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Type = variant.Jpeg ? ScreenshotType.Jpeg : ScreenshotType.Png,
            Quality = variant.Jpeg ? 78 : null,
        });
    }

    /// <summary>What the reference text of a screenshot is: the words a person reads as the conversation.</summary>
    public static string Reference(ScreenshotMessage message, ScreenshotVariant variant, int seed) =>
        string.Join(' ', new[] { message.Sender }.Concat(message.Lines).Concat(variant.WithReply ? [Reply(seed)] : []));

    private static object Spec(ScreenshotMessage message, ScreenshotVariant variant, int seed)
    {
        var hour = 7 + (seed % 14);
        var minute = (seed * 7) % 60;
        var carriers = new[] { "Viettel", "Vinaphone", "Mobifone", "" };
        return new
        {
            app = variant.App,
            theme = variant.Dark ? "dark" : "light",
            photographed = variant.Photographed,
            sender = message.Sender,
            subtitle = seed % 2 == 0 ? "Vừa truy cập" : "Truy cập 5 phút trước",
            lines = message.Lines,
            clock = $"{hour}:{minute:00}",
            carrier = carriers[seed % carriers.Length],
            network = seed % 3 == 0 ? "5G" : "4G",
            battery = 20 + (seed * 13 % 80),
            day = seed % 2 == 0 ? $"Hôm nay {hour - 1}:{minute:00}" : $"Thứ Hai, {1 + (seed % 28)}/12",
            times = new[] { $"{hour - 1}:{minute:00}", $"{hour - 1}:{(minute + 1) % 60:00}" },
            reply = variant.WithReply ? Reply(seed) : null,
        };
    }

    private static string Reply(int seed) => Replies[seed % Replies.Length];

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
