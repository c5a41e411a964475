using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bot.Host.Cli;

/// <summary>
/// <c>content misses</c> and <c>content assign ID FLOW[.NODE]</c>: the misunderstood inbox of a running
/// bot, through its admin API (the inbox lives in the bot's memory or Redis, not in the folder).
/// </summary>
/// <remarks>
/// The key comes from the environment (<c>BOT_ADMIN_KEY</c>), never from the command line, where
/// other users of the machine could read it; the bot's address from <c>--url</c> or <c>BOT_URL</c>.
/// </remarks>
public static class InboxVerbs
{
    /// <summary>The environment variable that holds an editor or admin key.</summary>
    public const string KeyVariable = "BOT_ADMIN_KEY";

    private const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Lists the open entries, most often sent first.</summary>
    public static async Task<int> MissesAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        var limit = args.Value("--limit") ?? "30";
        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return Fail(error, $"--limit must be a whole number from 1, not '{limit}'");
        }

        return await CallAsync(args, error, async http =>
        {
            using var response = await http.GetAsync($"api/admin/understanding/misses?limit={n}");
            if (!response.IsSuccessStatusCode)
            {
                return await RefusedAsync(response, error);
            }

            var entries = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (entries.GetArrayLength() == 0)
            {
                output.WriteLine("the inbox is empty: every typed message was understood (or dismissed)");
                return 0;
            }

            foreach (var entry in entries.EnumerateArray())
            {
                var suggestions = string.Join(", ", entry.GetProperty("suggestions").EnumerateArray().Select(s =>
                    (s.GetProperty("node").GetString() is { } node ? s.GetProperty("flow").GetString() + "." + node : s.GetProperty("flow").GetString())
                    + " " + s.GetProperty("score").GetDouble().ToString("0.00", CultureInfo.InvariantCulture)));
                output.WriteLine($"{entry.GetProperty("id").GetString()}  {entry.GetProperty("count").GetInt64(),4}×  last {entry.GetProperty("lastSeen").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd HH:mm}Z  \"{entry.GetProperty("text").GetString()}\"");
                output.WriteLine($"{"",18}suggestions: {(suggestions.Length == 0 ? "none" : suggestions)}");
            }

            output.WriteLine("assign one: content assign ID FLOW[.NODE]   (it becomes an example in examples.learned.yaml, published as a new version)");
            return 0;
        });
    }

    /// <summary>Assigns entry ID to FLOW (or FLOW.NODE) and reports the new content version.</summary>
    public static async Task<int> AssignAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        if (args.Positional(0) is not { } id || args.Positional(1) is not { } target)
        {
            return Fail(error, "name the entry and the topic: content assign ID FLOW[.NODE] (content misses lists the ids)");
        }

        var dot = target.IndexOf('.', StringComparison.Ordinal);
        var body = dot < 0 ? new { flow = target, node = (string?)null } : new { flow = target[..dot], node = (string?)target[(dot + 1)..] };
        return await CallAsync(args, error, async http =>
        {
            using var response = await http.PostAsJsonAsync($"api/admin/understanding/misses/{Uri.EscapeDataString(id)}/assign", body);
            if (!response.IsSuccessStatusCode)
            {
                return await RefusedAsync(response, error);
            }

            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            output.WriteLine($"assigned {id} to {target}: content version {result.GetProperty("version").GetString()} is live (roll back with content rollback)");
            return 0;
        });
    }

    private static async Task<int> CallAsync(CliArguments args, TextWriter error, Func<HttpClient, Task<int>> call)
    {
        var key = Environment.GetEnvironmentVariable(KeyVariable);
        if (string.IsNullOrWhiteSpace(key))
        {
            return Fail(error, $"set {KeyVariable} to an editor or admin key (Admin:ApiKeys) first, e.g. read -s {KeyVariable}; export {KeyVariable}");
        }

        var url = args.Value("--url") ?? Environment.GetEnvironmentVariable("BOT_URL") ?? DefaultUrl;
        if (!Uri.TryCreate(url.TrimEnd('/') + "/", UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return Fail(error, $"--url must be the bot's address such as {DefaultUrl}, not '{url}'");
        }

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Trim());
        try
        {
            return await call(http);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return Fail(error, $"no bot answered at {address} ({ex.Message}); start it, or pass --url with its address");
        }
    }

    private static async Task<int> RefusedAsync(HttpResponseMessage response, TextWriter error)
    {
        var detail = "";
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            detail = problem.TryGetProperty("detail", out var d) ? d.GetString() ?? "" : "";
        }
        catch (JsonException)
        {
            // not a problem document: the status says enough
        }

        var why = response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => $"the bot refused the key in {KeyVariable}",
            HttpStatusCode.Forbidden => $"the key in {KeyVariable} is not an editor or admin key",
            HttpStatusCode.NotFound => "no open inbox entry has that id (content misses lists them)",
            _ => $"the bot answered {(int)response.StatusCode}",
        };
        return Fail(error, detail.Length == 0 ? why : why + ": " + detail);
    }

    private static int Fail(TextWriter error, string problem)
    {
        error.WriteLine("error: " + problem);
        return 1;
    }
}
