using System.Globalization;

namespace Bot.LoadTest;

/// <summary>Settings of one measured run, from the command line.</summary>
internal sealed class LoadOptions
{
    public string Name { get; private set; } = "bot";
    public int Users { get; private set; } = 10;
    public double Seconds { get; private set; } = 20;
    public double WarmupSeconds { get; private set; } = 4;
    public double TurnTimeoutSeconds { get; private set; } = 10;
    public string? Redis { get; private set; }
    public string Secret { get; private set; } = "bench_secret_token_0123456789";
    public string? JsonFile { get; private set; }

    /// <summary>Pause of each resident after a reply before the next step (0 = closed loop): fixes the offered load, so bots compare at equal load.</summary>
    public double ThinkMs { get; private set; }

    /// <summary>Any message completes a turn and callbacks use whatever button came (the echo bot follows no script).</summary>
    public bool Lenient { get; private set; }

    public int? BotPid { get; private set; }
    public string? Webhook { get; private set; }
    public int ApiPort { get; private set; }
    public string WebhookPath { get; private set; } = "/telegram/webhook";
    public Dictionary<string, string> Env { get; } = [];
    public List<string> Command { get; } = [];

    public bool Spawn => Command.Count > 0;

    public static LoadOptions Parse(string[] args)
    {
        var o = new LoadOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--")
            {
                o.Command.AddRange(args[(i + 1)..]);
                break;
            }

            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{a} needs a value");
            switch (a)
            {
                case "--name": o.Name = Next(); break;
                case "--users": o.Users = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--seconds": o.Seconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--warmup": o.WarmupSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--turn-timeout": o.TurnTimeoutSeconds = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--redis": o.Redis = Next(); break;
                case "--secret": o.Secret = Next(); break;
                case "--json": o.JsonFile = Next(); break;
                case "--think": o.ThinkMs = double.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--lenient": o.Lenient = true; break;
                case "--bot-pid": o.BotPid = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--webhook": o.Webhook = Next(); break;
                case "--webhook-path": o.WebhookPath = Next(); break;
                case "--api-port": o.ApiPort = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                case "--env":
                    var kv = Next();
                    var eq = kv.IndexOf('=', StringComparison.Ordinal);
                    if (eq <= 0)
                    {
                        throw new ArgumentException("--env takes KEY=VALUE");
                    }

                    o.Env[kv[..eq]] = kv[(eq + 1)..];
                    break;
                default: throw new ArgumentException($"unknown option {a}");
            }
        }

        if (o.Users is < 1 or > 5000 || o.Seconds is <= 0 or > 600 || o.WarmupSeconds is < 0 or > 120 || o.ThinkMs is < 0 or > 60_000)
        {
            throw new ArgumentException("--users must be 1..5000, --seconds 0..600, --warmup 0..120, --think 0..60000 ms");
        }

        if (!o.Spawn && (o.BotPid is null || o.Webhook is null || o.ApiPort == 0))
        {
            throw new ArgumentException("give either -- EXE ARGS (the tool starts the bot) or --bot-pid, --webhook and --api-port");
        }

        return o;
    }
}
