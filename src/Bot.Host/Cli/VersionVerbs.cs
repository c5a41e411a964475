using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Content.Hosting;
using Bot.Dialogs.Content;

namespace Bot.Host.Cli;

/// <summary>
/// <c>content versions</c>, <c>content diff</c>, <c>content rollback</c> and <c>content publish -m</c>: the history
/// of published versions (who, when, why, what changed), and a rollback that shows its diff and asks first.
/// </summary>
/// <remarks>
/// versions, diff and rollback read the kept versions on disk (the same folder the running bot keeps them in),
/// so they work with the bot stopped; publish asks the running bot, which records the key holder as the author.
/// </remarks>
internal static class VersionVerbs
{
    // Editors work in Vietnam, which keeps UTC+7 all year (no daylight saving); the header says so.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static int Versions(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        var (store, folder) = Open(args, lang, error);
        var current = Directory.Exists(folder) ? ContentLoader.HashFolder(folder) : "";
        var versions = store.History(); // a rollback is an entry of its own, though its files are an older version's
        output.WriteLine(ContentCliTexts.KeptVersions(store.Path).In(lang));
        if (versions.Count == 0)
        {
            output.WriteLine(ContentCliTexts.NoVersions.In(lang));
        }

        var markedCurrent = false;
        foreach (var version in versions)
        {
            var rollback = version.Reason?.StartsWith("rollback to ", StringComparison.Ordinal) == true
                ? ContentCliTexts.RollbackTo(version.Reason["rollback to ".Length..]).In(lang)
                : null;
            var who = version.Author is { } author ? ContentCliTexts.By(author).In(lang)
                : version.Reason is not { } reason || rollback is not null ? null
                : reason == "started with this content" ? ContentCliTexts.Started.In(lang)
                : ContentCliTexts.SavedFile.In(lang); // the watcher's reasons: "changed flows/eid.yaml", "periodic check"
            var here = version.Version == current && !markedCurrent; // only the newest entry of the version in the folder
            markedCurrent |= here;
            var parts = new[] { rollback, who }.Where(p => p is not null);
            output.WriteLine($"{version.Version}  {version.SavedAt.ToOffset(VietnamOffset):yyyy-MM-dd HH:mm:ss}{string.Concat(parts.Select(p => "  " + p))}{(here ? ContentCliTexts.InFolder.In(lang) : "")}");
            if (version.Message is { } message)
            {
                output.WriteLine($"    “{message}”");
            }

            if (version.Reason is null)
            {
                output.WriteLine("    " + ContentCliTexts.NoRecord.In(lang));
            }
            else if (version.Changes is { } changes && version.Previous is { } previous)
            {
                output.WriteLine("    " + ContentCliTexts.ChangedFrom(previous, changes.Count).In(lang));
                foreach (var change in changes)
                {
                    output.WriteLine($"      {ChangeWord(change.Change).In(lang)}  {change.Path}");
                }
            }
            else
            {
                output.WriteLine("    " + ContentCliTexts.FirstKept.In(lang));
            }
        }

        output.WriteLine(ContentCliTexts.ListHint.In(lang));
        return 0;
    }

    public static int Diff(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        var (store, folder) = Open(args, lang, error);
        if (args.Positional(0) is not { } from)
        {
            return CliError.Write(error, lang, ContentCliTexts.DiffNeedsVersion);
        }

        if (!store.Contains(from))
        {
            return NotKept(error, lang, store, from);
        }

        ContentDiff? diff;
        if (args.Positional(1) is { } to)
        {
            diff = store.Diff(from, to);
            if (diff is null)
            {
                return NotKept(error, lang, store, to);
            }
        }
        else
        {
            // With one version: from it to the folder as it is now (what an editor changed since).
            diff = ContentDiff.Between(from, Path.Combine(store.Path, from), ContentCliTexts.TheFolder.In(lang), folder);
        }

        if (diff.IsEmpty)
        {
            output.WriteLine(ContentCliTexts.NoDifference(diff.From, diff.To).In(lang));
            return 0;
        }

        Print(diff, lang, output);
        return 0;
    }

    public static int Rollback(CliArguments args, EditorLanguage lang, TextReader input, TextWriter output, TextWriter error)
    {
        if (args.Positional(0) is not { } version)
        {
            return Versions(args, lang, output, error); // with no version, rollback lists what can be restored
        }

        var (store, folder) = Open(args, lang, error);
        if (store.DiffToRestore(folder, version) is not { } diff)
        {
            return NotKept(error, lang, store, version);
        }

        if (diff.IsEmpty)
        {
            output.WriteLine(ContentCliTexts.AlreadyThere(version).In(lang));
            return 0;
        }

        output.WriteLine(ContentCliTexts.RollbackWillChange(folder, version, diff.Files.Count).In(lang));
        Print(diff, lang, output);
        if (!args.Has("--yes"))
        {
            output.Write(ContentCliTexts.Confirm.In(lang));
            output.Flush();
            if (input.ReadLine()?.Trim().ToLowerInvariant() is not ("y" or "yes" or "c" or "có" or "co"))
            {
                output.WriteLine();
                output.WriteLine(ContentCliTexts.Cancelled.In(lang));
                return 1;
            }
        }

        var before = ContentLoader.HashFolder(folder);
        store.Restore(version, folder);

        // The rollback is its own history entry (who ran it, when, from which version, the files it changed); the
        // running bot that then reloads these files sees the entry and does not add a second one.
        var who = args.Value("--author") ?? Environment.UserName;
        store.RecordReturn(version, before, diff.Files.Select(f => f with { Diff = "" }).ToList(),
            new ContentVersionNote(who, args.Value("-m") ?? args.Value("--message")), "rollback to " + version);
        var report = Bot.Dialogs.Tools.ContentValidator.Validate(folder);
        output.WriteLine(ContentCliTexts.Restored(version, folder, report.Bundle?.Version ?? ContentCliTexts.Invalid.In(lang)).In(lang));
        return report.HasErrors ? 1 : 0;
    }

    /// <summary>Asks the running bot to publish its folder now, recording the key holder and the message.</summary>
    public static async Task<int> PublishAsync(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        if ((args.Value("-m") ?? args.Value("--message")) is not { } message || string.IsNullOrWhiteSpace(message))
        {
            return CliError.Write(error, lang, ContentCliTexts.PublishNeedsMessage);
        }

        return await AdminApiCall.RunAsync(args, lang, error, async http =>
        {
            using var response = await http.PostAsJsonAsync("api/admin/content/reload", new { message });
            if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                var errors = problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? "" : "";
                return CliError.Write(error, lang, ContentCliTexts.PublishRefused(ContentMessageCatalogue.TranslateLines(errors, lang)));
            }

            if (!response.IsSuccessStatusCode)
            {
                return CliError.Write(error, lang, response.StatusCode switch
                {
                    HttpStatusCode.Unauthorized => ContentCliTexts.KeyRefused(AdminApiCall.KeyVariable),
                    HttpStatusCode.Forbidden => ContentCliTexts.KeyNotEditor(AdminApiCall.KeyVariable),
                    _ => ContentCliTexts.BotAnswered((int)response.StatusCode),
                });
            }

            var status = await response.Content.ReadFromJsonAsync<JsonElement>();
            var version = status.GetProperty("version").GetString() ?? "";
            var who = status.GetProperty("versions").EnumerateArray()
                .Where(v => v.GetProperty("version").GetString() == version)
                .Select(v => v.TryGetProperty("author", out var a) ? a.GetString() : null)
                .FirstOrDefault() ?? "?";
            output.WriteLine(ContentCliTexts.Published(version, who).In(lang));
            return 0;
        });
    }

    private static (ContentVersionStore Store, string Folder) Open(CliArguments args, EditorLanguage lang, TextWriter notes)
    {
        var options = ContentVerbs.Options(args);
        if (args.Value("--versions") is { } versionsPath)
        {
            options.VersionsPath = versionsPath;
        }

        var folder = ContentVerbs.Folder(args, null, lang, notes);
        return (new ContentVersionStore(options.ResolveVersionsPath(), options.KeepVersions, TimeProvider.System), folder);
    }

    private static void Print(ContentDiff diff, EditorLanguage lang, TextWriter output)
    {
        foreach (var file in diff.Files)
        {
            output.WriteLine($"{ChangeWord(file.Change).In(lang)}  {file.Path}");
        }

        output.WriteLine();
        output.Write(diff.Text);
    }

    private static Bilingual ChangeWord(string change) => change switch
    {
        "added" => ContentCliTexts.Added,
        "removed" => ContentCliTexts.RemovedFile,
        _ => ContentCliTexts.ChangedFile,
    };

    private static int NotKept(TextWriter error, EditorLanguage lang, ContentVersionStore store, string version)
    {
        var known = store.List().Select(v => v.Version).ToList();
        return CliError.Write(error, lang, ContentCliTexts.NotKept(version, store.Path, DidYouMean.Suggest(version, known) ?? "", string.Join(", ", known)));
    }
}
