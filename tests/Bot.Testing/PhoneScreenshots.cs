using System.Diagnostics;
using System.Net;

namespace Bot.Testing;

/// <summary>
/// Real screenshots for channel tests: a message drawn as a phone's SMS screen (status bar, sender,
/// bubble) by Debian's headless Chromium (<c>/usr/bin/chromium --screenshot</c>), as PNG bytes. The
/// bot's reader then has to read it like a resident's screenshot; nothing is canned.
/// </summary>
public static class PhoneScreenshots
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>A 390 px wide SMS screenshot from <paramref name="sender"/> saying <paramref name="message"/>.</summary>
    public static Task<byte[]> SmsAsync(string sender, string message) => RenderAsync(SmsHtml(sender, message), 390, 420);

    /// <summary>The page <see cref="SmsAsync"/> draws (for a test that renders it in its own browser).</summary>
    public static string SmsHtml(string sender, string message) =>
        $$"""
            <!doctype html><html><head><meta charset="utf-8"><style>
            body{margin:0;font-family:"Noto Sans","DejaVu Sans",Arial,sans-serif;background:#fff;width:390px;color:#111}
            .bar{display:flex;justify-content:space-between;padding:6px 14px;font-size:14px}
            .head{padding:10px 14px;border-bottom:1px solid #ddd;font-weight:700;font-size:18px}
            .b{margin:14px;background:#e9e9eb;border-radius:18px;padding:10px 14px;font-size:17px;line-height:1.4;max-width:300px}
            </style></head><body><div class="bar"><span>9:41</span><span>Viettel 4G 82%</span></div>
            <div class="head">{{WebUtility.HtmlEncode(sender)}}</div>
            <div class="b">{{WebUtility.HtmlEncode(message)}}</div></body></html>
            """;

    /// <summary>A blank grey picture with no text at all (a photo of nothing readable).</summary>
    public static Task<byte[]> BlankAsync() =>
        RenderAsync("<!doctype html><html><body style=\"margin:0;background:#9a9a9a\"></body></html>", 390, 420);

    private static async Task<byte[]> RenderAsync(string html, int width, int height)
    {
        // One Chromium at a time: on a shared two-core machine parallel test classes would otherwise time out.
        await OneAtATime.WaitAsync();
        var dir = Directory.CreateTempSubdirectory("phone-shot-");
        try
        {
            var page = Path.Combine(dir.FullName, "page.html");
            var png = Path.Combine(dir.FullName, "shot.png");
            await File.WriteAllTextAsync(page, html);
            var start = new ProcessStartInfo(Chromium.Path)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                         "--user-data-dir=" + Path.Combine(dir.FullName, "profile"), $"--window-size={width},{height}",
                         "--screenshot=" + png, new Uri(page).AbsoluteUri,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var chromium = Process.Start(start)!;
            var output = chromium.StandardOutput.ReadToEndAsync();
            var errors = chromium.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
            try
            {
                await chromium.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                chromium.Kill(entireProcessTree: true);
                throw new TimeoutException("Chromium did not draw the screenshot within 120 s");
            }

            await Task.WhenAll(output, errors);
            return File.Exists(png)
                ? await File.ReadAllBytesAsync(png)
                : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {chromium.ExitCode}): {await errors}");
        }
        finally
        {
            OneAtATime.Release();
            dir.Delete(recursive: true);
        }
    }
}
