using Microsoft.Playwright;

namespace Bot.Operations.Tests.Support;

/// <summary>
/// A dashboard page on a phone-sized screen (390×844, Vietnamese locale) that records every request leaving the
/// host and every Content-Security-Policy violation, so a page test can assert it ships its own assets and
/// breaks none of the host's security headers.
/// </summary>
public sealed class PhonePage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private PhonePage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Requests to anywhere but the host under test (a CDN, a web font): should stay empty.</summary>
    public List<string> External { get; } = [];

    public static async Task<PhonePage> OpenAsync(IBrowser browser, Uri host, string? timeZone = null)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            Locale = "vi-VN",
            TimezoneId = timeZone,
        });
        var phone = new PhonePage(context, await context.NewPageAsync());
        phone.Page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.ToString(), StringComparison.Ordinal))
            {
                phone.External.Add(request.Url);
            }
        };
        // The pages run under the host's strict security headers; Chromium reports anything they block.
        await phone.Page.AddInitScriptAsync("window.__blocked = []; document.addEventListener('securitypolicyviolation', e => window.__blocked.push(e.violatedDirective + ' ' + e.blockedURI));");
        return phone;
    }

    /// <summary>What the Content-Security-Policy blocked on this page so far (directive and address).</summary>
    public Task<string[]> BlockedAsync() => Page.EvaluateAsync<string[]>("window.__blocked");

    public ValueTask DisposeAsync() => new(_context.CloseAsync());
}
