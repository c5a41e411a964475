using Bot.Admin;
using Bot.Channels.Telegram;
using Bot.Broadcasts.Hosting;
using Bot.Channels.WebChat;
using Bot.Channels.Zalo;
using Bot.Fraud.Web;
using Bot.Host.Cli;
using Bot.Host.Composition;
using Bot.Host.Inbox;
using Bot.Content.Hosting;
using Bot.Operations;
using Bot.Host.Supervision;

// CLI verbs (content validate, qr, officers …) run and exit without starting the web host.
if (await CliVerbs.TryRunAsync(args) is { } exitCode)
{
    return exitCode;
}

var builder = WebApplication.CreateBuilder(args);
builder.SuperviseBackgroundServices(); // a crashed background service is restarted; it never stops the host
builder.Configuration.AddCommandLine(args, new Dictionary<string, string> { ["--content"] = "Content:Path" });
DataDirectory.ApplyDefaults(builder.Configuration); // kept versions and tokens never go into the app's own folder
if (args.Contains("--content"))
{
    builder.Configuration["WebChat:Preview"] = "true"; // a draft folder is a preview for editors
}

builder.Services.AddBot(builder.Configuration); // every feature and channel: Composition/BotComposition.cs
builder.WebHost.UseKestrelSchedulingFrom(builder.Configuration); // Kestrel:UnsafePreferInlineScheduling, off unless set (measurement only)

var app = builder.Build();
app.UseSecurityHeaders(); // first, so every response (pages, APIs, 401/403/429 answers) carries them
app.UseRouting();
app.UseAuthentication(); // the one admin sign-in: Admin:ApiKeys and dashboard sessions (Bot.Admin)
app.UseAuthorization(); // each admin route names its role policy
app.MapHealth();
app.MapWebChat();
app.MapTelegram();
app.MapBroadcasts();
app.MapContentAdmin();
app.MapUnderstandingInbox(); // editors turn misunderstood messages into examples through the content's publish path
app.MapZalo();
app.MapFraudCheck();
app.MapOperations();
app.LogStartupLine();
await app.RunAsync();
return 0;

/// <summary>Exposed so tests can host the real app with WebApplicationFactory.</summary>
public partial class Program;
