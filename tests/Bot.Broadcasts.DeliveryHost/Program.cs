using Bot.Broadcasts.Testing;
using Microsoft.Extensions.Hosting;

// The delivery process the crash test kills and restarts:
//   dotnet Bot.Broadcasts.DeliveryHost.dll --redis 127.0.0.1:6379 --platform http://127.0.0.1:5000/ [--Broadcasts:X value …]
var settings = new Dictionary<string, string?>();
Uri? platform = null;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--redis":
            settings["Redis:ConnectionString"] = args[i + 1];
            break;
        case "--platform":
            platform = new Uri(args[i + 1]);
            break;
        default:
            settings[args[i].TrimStart('-')] = args[i + 1];
            break;
    }
}

if (platform is null || !settings.ContainsKey("Redis:ConnectionString"))
{
    Console.Error.WriteLine("usage: Bot.Broadcasts.DeliveryHost --redis <host:port> --platform <url> [--Broadcasts:Setting value …]");
    return 1;
}

using var host = DeliveryHostBuilder.Build(settings, platform, quiet: false);
Console.WriteLine("delivery host started");
await host.RunAsync();
return 0;
