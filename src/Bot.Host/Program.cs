using Bot.Channels.Telegram;
using Bot.Broadcasts.Hosting;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Fraud.Web;
using Bot.Host.Cli;
using Bot.Host.Composition;
using Bot.Host.Content;
using Bot.Operations;

// CLI verbs (content validate, qr, officers …) run and exit without starting the web host.
if (await CliVerbs.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--content"] = "Content:Path" });
DataDirectory.ApplyDefaults(builder.Configuration); // kept versions and tokens never go into the app's own folder
if (args.Contains("--content"))
{
    builder.Configuration["WebChat:Preview"] = "true"; // a draft folder is a preview for editors
}

builder.Services.AddBot(builder.Configuration); // every feature and channel: Composition/BotComposition.cs

var app = builder.Build();
app.MapHealth();
app.MapWebChat();
app.MapTelegram();
app.MapBroadcasts();
app.MapContentAdmin();
app.MapZalo();
app.MapFraudCheck();
app.MapOperations();
app.LogStartupLine();
await app.RunAsync();
return 0;

/// <summary>Exposed so tests can host the real app with WebApplicationFactory.</summary>
public partial class Program;
