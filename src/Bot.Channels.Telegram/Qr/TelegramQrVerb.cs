using System.Text.RegularExpressions;
using Bot.Dialogs.Content;

namespace Bot.Channels.Telegram.Qr;

/// <summary><c>qr [--out DIR] [--bot USERNAME] [--content FOLDER]</c>: one PNG per flow and a printable A4 sheet.</summary>
public static partial class TelegramQrVerb
{
    public const string Usage = "usage: qr [--out DIR] [--bot USERNAME] [--content FOLDER]   (USERNAME defaults to Telegram__BotUsername)";

    [GeneratedRegex("^@?[A-Za-z][A-Za-z0-9_]{4,31}$")]
    private static partial Regex UsernamePattern();

    /// <param name="args">The arguments after "qr".</param>
    /// <param name="defaultContentFolder">The content folder the host would load.</param>
    /// <param name="output">Where progress goes.</param>
    /// <param name="error">Where problems go.</param>
    public static async Task<int> RunAsync(string[] args, string defaultContentFolder, TextWriter output, TextWriter error)
    {
        string outDir = "qr", contentFolder = defaultContentFolder;
        var bot = Environment.GetEnvironmentVariable("Telegram__BotUsername") ?? "";
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--out" when value is not null: outDir = value; i++; break;
                case "--bot" when value is not null: bot = value; i++; break;
                case "--content" when value is not null: contentFolder = value; i++; break;
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

        var username = bot.TrimStart('@');
        var cards = QrCatalog.Build(content, username);
        Directory.CreateDirectory(outDir);
        foreach (var card in cards)
        {
            await File.WriteAllBytesAsync(Path.Combine(outDir, card.FlowId + ".png"), card.Png).ConfigureAwait(false);
            await output.WriteLineAsync($"{card.FlowId}.png  {card.Link}  {card.Caption}").ConfigureAwait(false);
        }

        var sheet = Path.Combine(outDir, "qr-sheet.html");
        await File.WriteAllTextAsync(sheet, QrSheet.Build(cards, username)).ConfigureAwait(false);
        await output.WriteLineAsync($"{cards.Count} code(s) and {sheet}: open it in a browser and print on A4.").ConfigureAwait(false);
        return 0;
    }
}
