using Bot.Channels.Telegram;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Redis;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Channels.Zalo.Redis;
using Bot.Fraud.Redis;
using Bot.Fraud.Web;
using Bot.Host.Cli;
using Bot.Host.Composition;
using Bot.State.Redis;
using Bot.Host.Content;
using Bot.Operations;
using Bot.Operations.Redis;

// CLI verbs (content validate, qr, officers …) run and exit without starting the web host.
if (await CliVerbs.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--content"] = "Content:Path" });
if (args.Contains("--content"))
{
    builder.Configuration["WebChat:Preview"] = "true"; // a draft folder is a preview for editors
}

builder.Services.AddRedisState(builder.Configuration); // the one Redis connection and durable state when Redis:ConnectionString is set
builder.Services.AddBotCore();
builder.Services.AddWebChat().AddChannelName("web");
builder.Services.AddTelegram(builder.Configuration, s => s.AddChannelName("telegram"));
builder.Services.AddBroadcasts(builder.Configuration);
builder.Services.AddBroadcastsRedis(builder.Configuration); // officers, alerts and delivery need Redis
builder.Services.AddContentReload();
builder.Services.AddZalo(builder.Configuration, name => builder.Services.AddChannelName(name));
builder.Services.AddZaloRedis(builder.Configuration); // one token pair for every instance
builder.Services.AddFraudCheck(builder.Configuration);
builder.Services.AddFraudRedis(builder.Configuration); // reports and list additions shared by every instance
builder.Services.AddOperations(builder.Configuration);
builder.Services.AddOperationsRedis(builder.Configuration); // analytics days shared by every instance

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
