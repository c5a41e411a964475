using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// <c>content misses</c> and <c>content assign ID FLOW[.NODE]</c>: the misunderstood inbox of a running
/// bot, through its admin API (the inbox lives in the bot's memory or Redis, not in the folder).
/// </summary>
/// <remarks>The key and the bot's address are read as <see cref="AdminApiCall"/> says.</remarks>
public static class InboxVerbs
{
    /// <summary>Lists the open entries, most often sent first.</summary>
    public static async Task<int> MissesAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        var lang = ContentVerbs.Language(args) ?? EditorLanguage.Vi;
        var limit = args.Value("--limit") ?? "30";
        if (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
        {
            return CliError.Write(error, lang, ContentCliTexts.BadLimit(limit));
        }

        return await AdminApiCall.RunAsync(args, lang, error, async http =>
        {
            using var response = await http.GetAsync($"api/admin/understanding/misses?limit={n}");
            if (!response.IsSuccessStatusCode)
            {
                return await RefusedAsync(response, lang, error);
            }

            var entries = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (entries.GetArrayLength() == 0)
            {
                output.WriteLine(ContentCliTexts.InboxEmpty.In(lang));
                return 0;
            }

            foreach (var entry in entries.EnumerateArray())
            {
                var suggestions = string.Join(", ", entry.GetProperty("suggestions").EnumerateArray().Select(s =>
                    (s.GetProperty("node").GetString() is { } node ? s.GetProperty("flow").GetString() + "." + node : s.GetProperty("flow").GetString())
                    + " " + s.GetProperty("score").GetDouble().ToString("0.00", CultureInfo.InvariantCulture)));
                output.WriteLine($"{entry.GetProperty("id").GetString()}  {entry.GetProperty("count").GetInt64(),4}×  {ContentCliTexts.Last.In(lang)} {entry.GetProperty("lastSeen").GetDateTimeOffset().UtcDateTime:yyyy-MM-dd HH:mm}Z  \"{entry.GetProperty("text").GetString()}\"");
                output.WriteLine($"{"",18}{ContentCliTexts.Suggestions.In(lang)}: {(suggestions.Length == 0 ? ContentCliTexts.NoSuggestions.In(lang) : suggestions)}");
            }

            output.WriteLine(ContentCliTexts.AssignHint.In(lang));
            return 0;
        });
    }

    /// <summary>Assigns entry ID to FLOW (or FLOW.NODE) and reports the new content version.</summary>
    public static async Task<int> AssignAsync(CliArguments args, TextWriter output, TextWriter error)
    {
        var lang = ContentVerbs.Language(args) ?? EditorLanguage.Vi;
        if (args.Positional(0) is not { } id || args.Positional(1) is not { } target)
        {
            return CliError.Write(error, lang, ContentCliTexts.NameEntryAndTopic);
        }

        var dot = target.IndexOf('.', StringComparison.Ordinal);
        var body = dot < 0 ? new { flow = target, node = (string?)null } : new { flow = target[..dot], node = (string?)target[(dot + 1)..] };
        return await AdminApiCall.RunAsync(args, lang, error, async http =>
        {
            using var response = await http.PostAsJsonAsync($"api/admin/understanding/misses/{Uri.EscapeDataString(id)}/assign", body);
            if (!response.IsSuccessStatusCode)
            {
                return await RefusedAsync(response, lang, error);
            }

            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            output.WriteLine(ContentCliTexts.Assigned(id, target, result.GetProperty("version").GetString() ?? "").In(lang));
            return 0;
        });
    }

    private static async Task<int> RefusedAsync(HttpResponseMessage response, EditorLanguage lang, TextWriter error)
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

        var why = (response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => ContentCliTexts.KeyRefused(AdminApiCall.KeyVariable),
            HttpStatusCode.Forbidden => ContentCliTexts.KeyNotEditor(AdminApiCall.KeyVariable),
            HttpStatusCode.NotFound => ContentCliTexts.NoSuchEntry,
            _ => ContentCliTexts.BotAnswered((int)response.StatusCode),
        }).In(lang);

        // The bot's detail (a refused assignment lists content errors) in the editor's language too.
        detail = ContentMessageCatalogue.TranslateLines(detail, lang);
        error.WriteLine(ContentCliTexts.ErrorPrefix.In(lang) + (detail.Length == 0 ? why : why + ": " + detail));
        return 1;
    }
}
