using System.Text.RegularExpressions;
using Bot.Dialogs.Content;

namespace Bot.Channels.Telegram.Qr;

/// <summary>
/// <c>qr [--out DIR] [--bot USERNAME] [--content FOLDER] [--cards ID,ID|all] [--no-flows]</c>: one PNG per
/// flow (and per chosen procedure card) and a printable A4 sheet.
/// </summary>
public static partial class TelegramQrVerb
{
    public const string Usage = "usage: qr [--out DIR] [--bot USERNAME] [--content FOLDER] [--cards ID,ID|all] [--no-flows]   (USERNAME defaults to Telegram__BotUsername)";

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{4,31}$")]
    private static partial Regex UsernamePattern();

    /// <param name="args">The arguments after "qr".</param>
    /// <param name="defaultContentFolder">The content folder the host would load.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="error">Where problems go.</param>
    public static async Task<int> RunAsync(string[] args, string defaultContentFolder, TextWriter output, TextWriter error)
    {
        string outDir = "qr", contentFolder = defaultContentFolder;
        string? cards = null;
        var flows = true;
        var bot = Environment.GetEnvironmentVariable("Telegram__BotUsername") ?? "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null: outDir = value; i++; break;
                case "--bot" when value is not null: bot = value; i++; break;
                case "--content" when value is not null: contentFolder = value; i++; break;
                case "--cards" when value is not null: cards = value; i++; break;
                case "--no-flows": flows = false; break;
                default:
                    await error.WriteLineAsync($"error: unexpected argument '{args[i]}'\n{Usage}").ConfigureAwait(false);
                    return 1;
            }
        }

        if (!UsernamePattern().IsMatch(bot))
        {
            await error.WriteLineAsync("error: the bot's username is needed for the links: pass --bot YOUR_BOT_USERNAME "
                                       + "(as shown by @BotFather, e.g. congan_phuong_bot) or set Telegram__BotUsername.\n" + Usage).ConfigureAwait(false);
            return 1;
        }

        var (content, diagnostics) = ContentLoader.TryLoad(contentFolder);
        if (content is null)
        {
            foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                await error.WriteLineAsync(d.ToString()).ConfigureAwait(false);
            }

            await error.WriteLineAsync($"error: the content in {contentFolder} has errors; fix them first (content validate).").ConfigureAwait(false);
            return 1;
        }

        var selection = QrSelection.Parse(cards, flows);
        if (QrCatalog.UnknownCards(content, selection) is { Count: > 0 } unknown)
        {
            await error.WriteLineAsync($"error: no card has the id {string.Join(", ", unknown)}; use ids from {contentFolder}/procedures (the file's id:), or --cards all.").ConfigureAwait(false);
            return 1;
        }

        var username = bot.TrimStart('@');
        var codes = QrCatalog.Build(content, username, selection);
        Directory.CreateDirectory(outDir);
        foreach (var code in codes)
        {
            await File.WriteAllBytesAsync(Path.Combine(outDir, code.Name + ".png"), code.Png).ConfigureAwait(false);
            await output.WriteLineAsync($"{code.Name}.png  {code.Link}  {code.Caption}").ConfigureAwait(false);
        }

        var sheet = Path.Combine(outDir, "qr-sheet.html");
        await File.WriteAllTextAsync(sheet, QrSheet.Build(codes, username)).ConfigureAwait(false);
        await output.WriteLineAsync($"{codes.Count} code(s) and {sheet}: open it in a browser and print on A4.").ConfigureAwait(false);
        return 0;
    }
}
