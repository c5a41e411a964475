using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Redis;
using Bot.Dialogs.Channels;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Broadcasts.Testing;

/// <summary>Builds a host that runs the broadcast feature against a Redis and the platform fake (in-process or as a child process).</summary>
public static class DeliveryHostBuilder
{
    public static IHost Build(IDictionary<string, string?> settings, Uri platform, TimeProvider? time = null, bool quiet = true)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        if (quiet)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddBroadcasts(builder.Configuration).AddBroadcastsRedis(builder.Configuration);
        builder.Services.AddSingleton<IChannelMessenger>(_ => new HttpChannelMessenger(new HttpClient { BaseAddress = platform }));
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder.Build();
    }
}
