using System.Net.Http.Headers;
using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// How a CLI verb reaches a running bot's admin API (<c>content misses</c>, <c>content assign</c>, <c>content publish</c>):
/// one place for the key, the address and the plain line an editor reads when either is wrong or the bot does not answer.
/// </summary>
/// <remarks>
/// The key comes from the environment (<c>BOT_ADMIN_KEY</c>), never from the command line, where other users of
/// the machine could read it; the bot's address from <c>--url</c> or <c>BOT_URL</c>.
/// </remarks>
internal static class AdminApiCall
{
    /// <summary>The environment variable that holds an editor or admin key.</summary>
    public const string KeyVariable = "BOT_ADMIN_KEY";

    private const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>
    /// Runs <paramref name="call"/> with a client that sends the key to the bot's address; its exit code, or 1 with one
    /// line on <paramref name="error"/> when the key is missing, the address is not http(s) or the bot cannot be reached.
    /// </summary>
    public static async Task<int> RunAsync(CliArguments args, EditorLanguage lang, TextWriter error, Func<HttpClient, Task<int>> call)
    {
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            return CliError.Write(error, lang, ContentCliTexts.NeedKey(KeyVariable));
        }

        var url = args.Value("--url") ?? Environment.GetEnvironmentVariable("BOT_URL") ?? DefaultUrl;
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return CliError.Write(error, lang, ContentCliTexts.BadUrl(DefaultUrl, url));
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        try
        {
            return await call(http);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return CliError.Write(error, lang, ContentCliTexts.NoBot(address.ToString(), ex.Message));
        }
    }
}
