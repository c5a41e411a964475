using System.Text.Json;
using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;
using Bot.Dialogs.Tools;
using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// <c>content …</c> verbs for editors: validate, graph, test, the version history (versions, diff, rollback,
/// publish) and the misunderstood inbox (misses, assign); messages in Vietnamese or English (<c>--lang</c>).
/// </summary>
public static class ContentVerbs
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, Console.In);

    /// <param name="args">The verb and its arguments.</param>
    /// <param name="output">Results.</param>
    /// <param name="error">Problems and notes.</param>
    /// <param name="input">Where a rollback reads its confirmation.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var verb = args.Length > 0 ? args[0] : "";
        var rest = new CliArguments(args.Length > 0 ? args[1..] : []);
        if (Language(rest) is not { } lang)
        {
            error.WriteLine(ContentCliTexts.ErrorPrefix.Vi + ContentCliTexts.BadLanguage(rest.Value("--lang")!).Vi);
            error.WriteLine(ContentCliTexts.ErrorPrefix.En + ContentCliTexts.BadLanguage(rest.Value("--lang")!).En);
            return 1;
        }

        if (verb is "misses" or "assign")
        {
            // The inbox lives in the running bot (memory or Redis), so these ask its admin API.
            return verb == "misses" ? await InboxVerbs.MissesAsync(rest, output, error) : await InboxVerbs.AssignAsync(rest, output, error);
        }

        if (verb == "publish")
        {
            return await VersionVerbs.PublishAsync(rest, lang, output, error);
        }

        var code = verb switch
        {
            "validate" => Validate(rest, lang, output, error),
            "graph" => Graph(rest, lang, output, error),
            "test" => Test(rest, lang, output, error),
            "versions" => VersionVerbs.Versions(rest, lang, output, error),
            "diff" => VersionVerbs.Diff(rest, lang, output, error),
            "rollback" => VersionVerbs.Rollback(rest, lang, input, output, error),
            _ => Fail(error, lang, verb.Length == 0 ? null : ContentCliTexts.UnknownVerb(verb)),
        };
        return code;
    }

    /// <summary>The language asked for with <c>--lang</c>; Vietnamese by default; null when the value is neither.</summary>
    internal static EditorLanguage? Language(CliArguments args) => args.Value("--lang")?.Trim().ToLowerInvariant() switch
    {
        null or "vi" => EditorLanguage.Vi,
        "en" => EditorLanguage.En,
        _ => null,
    };

    private static int Validate(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        var folder = Folder(args, args.Positional(0), lang, error);
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
                    message = ContentMessageCatalogue.Translate(d.Message, lang),
                    fix = ContentMessageCatalogue.FixOf(d, lang),
                }),
            }, Json));
            return report.HasErrors ? 1 : 0;
        }

        foreach (var d in report.Diagnostics)
        {
            (d.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(ContentMessageCatalogue.Describe(d, lang));
        }

        if (sources is not null)
        {
            output.WriteLine(ContentCliTexts.SourceSummary(sources.Official, sources.FactItems, sources.OfficialPercent, (int)(SourceCoverage.Goal * 100), sources.National).In(lang));
        }

        output.WriteLine(report.HasErrors
            ? ContentCliTexts.NotPublishable(folder, report.Errors, report.Warnings).In(lang)
            : ContentCliTexts.Publishable(folder, report.Bundle!.Version, report.Bundle.Flows.Count, report.Warnings).In(lang));
        return report.HasErrors ? 1 : 0;
    }

    private static int Graph(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        var folder = Folder(args, null, lang, error);
        var (bundle, diagnostics) = ContentLoader.TryLoad(folder);
        if (bundle is null)
        {
            foreach (var d in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                error.WriteLine(ContentMessageCatalogue.Describe(d, lang));
            }

            error.WriteLine(ContentCliTexts.FixFirst.In(lang));
            return 1;
        }

        var engine = new DialogEngine(bundle);
        var format = args.Value("--format") ?? "mermaid";
        if (format is not ("mermaid" or "dot" or "svg"))
        {
            return Fail(error, lang, ContentCliTexts.UnknownFormat(format));
        }

        if (args.Has("--all"))
        {
            if (args.Value("--write") is not { } directory)
            {
                foreach (var id in bundle.Flows.Keys)
                {
                    output.WriteLine(Picture(engine, id, format));
                }

                return 0;
            }

            Directory.CreateDirectory(directory);
            var pages = DialogGraph.AllPages(engine);
            foreach (var stale in Directory.GetFiles(directory, "*.md").Concat(Directory.GetFiles(directory, "*.svg")).Where(f => !pages.ContainsKey(Path.GetFileName(f)) && IsGenerated(f)))
            {
                File.Delete(stale);
                output.WriteLine(ContentCliTexts.Removed(stale).In(lang));
            }

            foreach (var (name, text) in pages)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
                output.WriteLine(ContentCliTexts.Wrote(Path.Combine(directory, name)).In(lang));
            }

            return 0;
        }

        if (args.Positional(0) is not { } flowId)
        {
            return Fail(error, lang, ContentCliTexts.NameAFlow);
        }

        if (!bundle.Flows.ContainsKey(flowId))
        {
            return Fail(error, lang, ContentCliTexts.UnknownFlow(flowId, DidYouMean.Suggest(flowId, bundle.Flows.Keys) ?? "", string.Join(", ", bundle.Flows.Keys)));
        }

        output.WriteLine(Picture(engine, flowId, format));
        return 0;
    }

    private static string Picture(DialogEngine engine, string flowId, string format) => format switch
    {
        "dot" => DialogGraph.Dot(engine, flowId),
        "svg" => DialogSvg.Render(engine.Content, flowId),
        _ => DialogGraph.Mermaid(engine, flowId),
    };

    private static int Test(CliArguments args, EditorLanguage lang, TextWriter output, TextWriter error)
    {
        // FOLDER may be a content folder (its tests/ are run) or a folder of test files (run against the content).
        var folder = Folder(args, args.Positional(0), lang, error);
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
            error.WriteLine(ContentMessageCatalogue.Describe(problem, lang));
        }

        foreach (var result in results)
        {
            (result.Passed ? output : error).WriteLine(ContentMessageCatalogue.TranslateLines(result.Describe().ReplaceLineEndings("\n"), lang));
        }

        var failed = results.Count(r => !r.Passed);
        var blocking = problems.Count(p => p.Severity == DiagnosticSeverity.Error);
        output.WriteLine(ContentCliTexts.TestTotals(results.Count - failed, failed, blocking).In(lang));
        return failed > 0 || blocking > 0 ? 1 : 0;
    }

    /// <summary>Content options from the environment (<c>Content__Path</c>, <c>Content__VersionsPath</c>) and appsettings.json.</summary>
    internal static ContentOptions Options(CliArguments args)
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
    internal static string Folder(CliArguments args, string? named, EditorLanguage lang, TextWriter notes)
    {
        named ??= args.Value("--content");
        if (named is not null)
        {
            return Path.GetFullPath(named);
        }

        var options = Options(args);
        var folder = options.ResolvePath();
        var why = !string.IsNullOrWhiteSpace(options.Path) ? ContentCliTexts.SetByConfiguration
            : IsUnder(folder, Directory.GetCurrentDirectory()) ? ContentCliTexts.NearestFrom(Directory.GetCurrentDirectory())
            : ContentCliTexts.BesideTheApp;
        notes.WriteLine(ContentCliTexts.UsingFolder(folder, why.In(lang)).In(lang));
        return folder;
    }

    private static bool IsUnder(string folder, string directory)
    {
        var relative = Path.GetRelativePath(directory, folder);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static bool IsGenerated(string file) =>
        File.ReadLines(file).FirstOrDefault() is { } first
        && (first.StartsWith("# Flow `", StringComparison.Ordinal) || (first.StartsWith("<svg ", StringComparison.Ordinal) && first.Contains("aria-labelledby=\"flow-title\"", StringComparison.Ordinal)));

    private static int Fail(TextWriter error, EditorLanguage lang, Bilingual? problem)
    {
        if (problem is { } text)
        {
            CliError.Write(error, lang, text);
        }

        error.WriteLine(ContentCliTexts.Usage.In(lang));
        return 1;
    }
}
