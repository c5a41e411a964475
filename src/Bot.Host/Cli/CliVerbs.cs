namespace Bot.Host.Cli;

/// <summary>Command-line verbs of the host (<c>dotnet run --project src/Bot.Host -- &lt;verb&gt; …</c>).</summary>
public static class CliVerbs
{
    /// <summary>Runs a verb if <paramref name="args"/> starts with one; returns its exit code, or null to start the host.</summary>
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        return args[0] switch
        {
            "content" => await ContentVerbs.RunAsync(args[1..], Console.Out, Console.Error),
            "qr" => await Bot.Channels.Telegram.Qr.TelegramQrVerb.RunAsync(args[1..], new Bot.Content.Hosting.ContentOptions().ResolvePath(), Console.Out, Console.Error),
            "officers" => await Bot.Broadcasts.Redis.OfficerCli.RunAsync(args[1..], Console.Out, Console.Error),
            "help" or "--help" => Usage(Console.Out, 0),
            _ => Usage(Console.Error, 1, $"unknown verb '{args[0]}'"),
        };
    }

    private static int Usage(TextWriter output, int code, string? problem = null)
    {
        if (problem is not null)
        {
            output.WriteLine("error: " + problem);
        }

        output.WriteLine("usage: Bot.Host [--urls URL] [--content FOLDER]     run the bot (web chat on http://127.0.0.1:5080)");
        output.WriteLine("       Bot.Host qr [--out DIR] [--bot USERNAME]       Telegram QR codes per flow + printable A4 sheet");
        output.WriteLine("       Bot.Host officers invite|list|revoke …         officer roles for alerts (officers help)");
        output.WriteLine("       Bot.Host content validate [FOLDER] [--json]    check the dialog scripts");
        output.WriteLine("       Bot.Host content graph FLOW|--all [--format mermaid|dot|svg] [--write DIR]");
        output.WriteLine("       Bot.Host content test [FOLDER]                 run the conversation tests");
        output.WriteLine("       Bot.Host content versions | diff A [B]         published versions: who, when, message, what changed");
        output.WriteLine("       Bot.Host content rollback VERSION [--yes]      show the diff, ask, then restore a version");
        output.WriteLine("       Bot.Host content publish -m \"MESSAGE\"         publish the folder in a running bot with your message");
        output.WriteLine("       Bot.Host content misses | assign ID FLOW[.NODE] the misunderstood inbox of a running bot");
        output.WriteLine("       content verbs speak Vietnamese; add --lang en for English");
        return code;
    }
}
