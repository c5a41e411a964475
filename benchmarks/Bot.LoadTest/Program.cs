using Bot.LoadTest;

// Verbs: run (one measured run against a bot), idle (its CPU with no traffic, per thread), echo (the ceiling bot), report (table from a JSONL file).
return args.FirstOrDefault() switch
{
    "run" => await LoadRun.MainAsync(args[1..]),
    "echo" => await EchoBot.MainAsync(args[1..]),
    "idle" => await IdleRun.MainAsync(args[1..]),
    "report" => ComparisonReport.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Bot.LoadTest run    --name NAME --users N --seconds S [--warmup S] [--redis HOST:PORT] [--secret S]
                            [--json FILE] [--lenient] (--bot-pid PID --webhook URL --api-port P | --env K=V ... -- EXE ARGS...)
                            In spawn mode {api}, {port}, {secret} and {redis} in ARGS and --env values are replaced.
        Bot.LoadTest idle   --name NAME --seconds S [--warmup S] [--redis HOST:PORT] --env K=V ... -- EXE ARGS...
                            The bot with no traffic: CPU ms per second and wake-ups per thread over S seconds after the warm-up.
        Bot.LoadTest echo   --port P --api URL --secret S
        Bot.LoadTest report FILE.jsonl
        """);
    return 2;
}
