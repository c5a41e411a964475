using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;
using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary><c>content …</c> verbs for editors: validate, graph, test, rollback, and the misunderstood inbox (misses, assign).</summary>
public static class ContentVerbs
{
    private const string Usage = """
        usage: content validate [FOLDER] [--json]                 check the dialog scripts (exit 1 on errors)
               content graph FLOW|--all [--format mermaid|dot] [--content FOLDER] [--write DIR]
                                                                 draw a flow (Stateless's own export)
               content test [FOLDER] [--content FOLDER]           run FOLDER/tests/*.yaml (or FOLDER/*.yaml)
               content rollback [VERSION] [--content FOLDER] [--versions DIR]
                                                                 list kept versions, or restore one
               content misses [--limit N] [--url URL]             a running bot's misunderstood inbox (key in BOT_ADMIN_KEY)
               content assign ID FLOW[.NODE] [--url URL]          make an inbox phrase an example of FLOW, published as a new version
        """;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var rest = new CliArguments(args.Length > 0 ? args[1..] : []);
        if (verb is "misses" or "assign")
        {
            // The inbox lives in the running bot (memory or Redis), so these ask its admin API.
            return verb == "misses" ? await InboxVerbs.MissesAsync(rest, output, error) : await InboxVerbs.AssignAsync(rest, output, error);
        }

        var code = verb switch
        {
            "validate" => Validate(rest, output, error),
            "graph" => Graph(rest, output, error),
            "test" => Test(rest, output, error),
            "rollback" => Rollback(rest, output, error),
            _ => Fail(error, verb.Length == 0 ? null : $"unknown content verb '{verb}'"),
        };
        return code;
    }

    private static int Validate(CliArguments args, TextWriter output, TextWriter error)
    {
        var folder = Folder(args, args.Positional(0), error);
        var report = ContentValidator.Validate(folder);
        var sources = report.Bundle is null ? null : SourceCoverage.Of(report.Bundle);
        if (args.Has("--json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new
            {
                ok = !report.HasErrors,
                folder,
                version = report.Bundle?.Version,
                errors = report.Errors,
                warnings = report.Warnings,
                sources = sources is null ? null : new
                {
                    factItems = sources.FactItems,
                    official = sources.Official,
                    national = sources.National,
                    officialPercent = sources.OfficialPercent,
                    goalPercent = (int)(SourceCoverage.Goal * 100),
                },
                diagnostics = report.Diagnostics.Select(d => new
                {
                    file = d.Location.File,
                    line = d.Location.Line,
                    column = d.Location.Column,
                    severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                    message = d.Message,
                    fix = d.Fix,
                }),
            }, Json));
            return report.HasErrors ? 1 : 0;
        }

        foreach (var d in report.Diagnostics)
        {
            (d.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(d.ToString());
        }

        if (sources is not null)
        {
            output.WriteLine(sources.Summary());
        }

        output.WriteLine(report.HasErrors
            ? $"content in {folder}: {report.Errors} error(s), {report.Warnings} warning(s): not publishable"
            : $"content in {folder}: OK, version {report.Bundle!.Version}, {report.Bundle.Flows.Count} flow(s), {report.Warnings} warning(s)");
        return report.HasErrors ? 1 : 0;
    }

    private static int Graph(CliArguments args, TextWriter output, TextWriter error)
    {
        var folder = Folder(args, null, error);
        var (bundle, diagnostics) = ContentLoader.TryLoad(folder);
        if (bundle is null)
        {
            foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                error.WriteLine(d.ToString());
            }

            error.WriteLine("fix the errors above first: `content validate` lists them");
            return 1;
        }

        var engine = new DialogEngine(bundle);
        var format = args.Value("--format") ?? "mermaid";
        if (format is not ("mermaid" or "dot"))
        {
            return Fail(error, $"unknown format '{format}': use mermaid or dot");
        }

        if (args.Has("--all"))
        {
            if (args.Value("--write") is not { } directory)
            {
                foreach (var id in bundle.Flows.Keys)
                {
                    output.WriteLine(format == "dot" ? DialogGraph.Dot(engine, id) : DialogGraph.Mermaid(engine, id));
                }

                return 0;
            }

            Directory.CreateDirectory(directory);
            var pages = DialogGraph.AllPages(engine);
            foreach (var stale in Directory.GetFiles(directory, "*.md").Where(f => !pages.ContainsKey(Path.GetFileName(f)) && IsGenerated(f)))
            {
                File.Delete(stale);
                output.WriteLine("removed " + stale);
            }

            foreach (var (name, text) in pages)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
                output.WriteLine("wrote " + Path.Combine(directory, name));
            }

            return 0;
        }

        if (args.Positional(0) is not { } flowId)
        {
            return Fail(error, "name a flow, or --all");
        }

        if (!bundle.Flows.ContainsKey(flowId))
        {
            return Fail(error, $"flow '{flowId}' does not exist{DidYouMean.Hint(flowId, bundle.Flows.Keys)}; flows: {string.Join(", ", bundle.Flows.Keys)}");
        }

        output.WriteLine(format == "dot" ? DialogGraph.Dot(engine, flowId) : DialogGraph.Mermaid(engine, flowId));
        return 0;
    }

    private static int Test(CliArguments args, TextWriter output, TextWriter error)
    {
        // FOLDER may be a content folder (its tests/ are run) or a folder of test files (run against the content).
        var folder = Folder(args, args.Positional(0), error);
        string? testsFolder = null;
        if (!File.Exists(Path.Combine(folder, "bot.yaml")))
        {
            testsFolder = folder;
            var parent = Path.GetDirectoryName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
            folder = parent is not null && File.Exists(Path.Combine(parent, "bot.yaml")) ? parent : Options(args).ResolvePath();
        }

        var (problems, results) = ConversationTestSuite.Run(folder, testsFolder);
        foreach (var problem in problems)
        {
            error.WriteLine(problem.ToString());
        }

        foreach (var result in results)
        {
            (result.Passed ? output : error).WriteLine(result.Describe());
        }

        var failed = results.Count(r => !r.Passed);
        var blocking = problems.Count(p => p.Severity == DiagnosticSeverity.Error);
        output.WriteLine($"{results.Count - failed} passed, {failed} failed{(blocking > 0 ? $", {blocking} problem(s) stopped tests from running" : "")}");
        return failed > 0 || blocking > 0 ? 1 : 0;
    }

    private static int Rollback(CliArguments args, TextWriter output, TextWriter error)
    {
        var options = Options(args);
        if (args.Value("--content") is { } content)
        {
            options.Path = content;
        }

        if (args.Value("--versions") is { } versionsPath)
        {
            options.VersionsPath = versionsPath;
        }

        var folder = Folder(args, null, error);
        var store = new ContentVersionStore(options.ResolveVersionsPath(), options.KeepVersions, TimeProvider.System);
        var current = Directory.Exists(folder) ? ContentLoader.HashFolder(folder) : "";
        if (args.Positional(0) is not { } version)
        {
            output.WriteLine($"kept versions in {store.Path} (newest first):");
            foreach (var kept in store.List())
            {
                output.WriteLine($"  {kept.Version}  {kept.SavedAt:yyyy-MM-dd HH:mm:ss}Z{(kept.Version == current ? "  (the folder holds this one)" : "")}");
            }

            output.WriteLine("restore one: content rollback VERSION");
            return 0;
        }

        if (!store.Restore(version, folder))
        {
            var known = store.List().Select(v => v.Version).ToList();
            return Fail(error, $"version '{version}' is not kept in {store.Path}{DidYouMean.Hint(version, known)}; kept: {(known.Count == 0 ? "none" : string.Join(", ", known))}");
        }

        var report = ContentValidator.Validate(folder);
        output.WriteLine($"restored version {version} into {folder} (now {report.Bundle?.Version ?? "invalid"}); a running bot publishes it within seconds");
        return report.HasErrors ? 1 : 0;
    }

    /// <summary>Content options from the environment (<c>Content__Path</c>, <c>Content__VersionsPath</c>) and appsettings.json.</summary>
    private static ContentOptions Options(CliArguments args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        Composition.DataDirectory.ApplyDefaults(configuration); // the same kept versions as the running host
        var options = configuration.GetSection("Content").Get<ContentOptions>() ?? new ContentOptions();
        if (args.Value("--content") is { } content)
        {
            options.Path = content;
        }

        return options;
    }

    /// <summary>
    /// The content folder a verb works on, as a full path: the one named on the command line (relative to
    /// where the editor is), or else the configured or nearest one, which is then said out loud so an editor
    /// in another folder never checks the repository's copy while believing it checked theirs.
    /// </summary>
    private static string Folder(CliArguments args, string? named, TextWriter notes)
    {
        named ??= args.Value("--content");
        if (named is not null)
        {
            return Path.GetFullPath(named);
        }

        var options = Options(args);
        var folder = options.ResolvePath();
        var why = !string.IsNullOrWhiteSpace(options.Path) ? "set by Content:Path"
            : IsUnder(folder, Directory.GetCurrentDirectory()) ? "the nearest content/ folder from " + Directory.GetCurrentDirectory()
            : "found beside the app, not in your current folder";
        notes.WriteLine($"using the content folder {folder} ({why}); to use another, name it: content validate FOLDER, or --content FOLDER");
        return folder;
    }

    private static bool IsUnder(string folder, string directory)
    {
        var relative = Path.GetRelativePath(directory, folder);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static bool IsGenerated(string file) =>
        File.ReadLines(file).FirstOrDefault()?.StartsWith("# Flow `", StringComparison.Ordinal) == true;

    private static int Fail(TextWriter error, string? problem)
    {
        if (problem is not null)
        {
            error.WriteLine("error: " + problem);
        }

        error.WriteLine(Usage);
        return 1;
    }
}
