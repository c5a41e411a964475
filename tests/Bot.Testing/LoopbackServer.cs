using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, for the platform fakes and for apps assembled in a test.</summary>
public static class LoopbackServer
{
    /// <summary>An app with only the endpoints <paramref name="map"/> adds; the base URL has no trailing '/'.</summary>
    public static Task<(WebApplication App, string BaseUrl)> StartAsync(Action<WebApplication> map) => StartAsync(_ => { }, map);

    /// <summary>
    /// An app whose settings and services <paramref name="configure"/> adds before it is built, and whose middleware and
    /// endpoints <paramref name="map"/> adds; the base URL has no trailing '/'. An app that fails to start is disposed.
    /// </summary>
    public static async Task<(WebApplication App, string BaseUrl)> StartAsync(Action<WebApplicationBuilder> configure, Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        configure(builder);
        var app = builder.Build();
        map(app);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, address.TrimEnd('/'));
    }
}
