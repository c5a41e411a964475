using System.Globalization;
using Bot.Benchmarks.Ocr;
using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Ocr;
using Microsoft.Extensions.Logging.Abstractions;

// Screenshot reading, measured end to end (docs/benchmarks.md, "Screenshot reading"):
//   dotnet run -c Release --project benchmarks/Bot.Benchmarks.Ocr -- --set frozen
//   dotnet run -c Release --project benchmarks/Bot.Benchmarks.Ocr -- --set dev --configs raw,gray,upscale,full --misses
// --set frozen|dev   the frozen screenshot set (judges) or the scam development set (tuning allowed)
// --every N [--offset O]  every N-th message only, starting at O (a spread sample);  --limit N  the first N messages only;  --variants K  each message drawn K ways (default 1)
// --configs LIST     pre-processing compared on the same images: raw (none), gray, upscale (gray + enlarge), invert (+ dark themes
//                    inverted), full (gray + enlarge, and a second try with a local threshold when nothing was read),
//                    upscaleNNNN (full, enlarging below NNNN px)
// --psm N            tesseract page segmentation mode;  --misses  list the wrong verdicts (dev set only: never tune on frozen)
// --save DIR         write the rendered screenshots there, to look at them
// --host URL         send each screenshot to a running bot's web chat (multipart, one at a time) and judge its answers
//                    instead of reading them here: the whole path a resident's photo takes
var arguments = Arguments.Parse(args);
var root = FindRoot();
var set = arguments.Get("set", "dev");
var messages = set switch
{
    "frozen" => EvaluationSets.LoadFrozen(Path.Combine(root, "eval", "screenshots", "messages.tsv")),
    "dev" => EvaluationSets.LoadDevelopment(Path.Combine(root, "eval", "scams", "dev-2026.tsv")),
    _ => throw new ArgumentException("--set must be frozen or dev"),
};
var every = int.Parse(arguments.Get("every", "1"), CultureInfo.InvariantCulture);
var offset = int.Parse(arguments.Get("offset", "0"), CultureInfo.InvariantCulture);
if (every > 1)
{
    messages = messages.Where((_, i) => i % every == offset).ToList();
}

var limit = int.Parse(arguments.Get("limit", "0"), CultureInfo.InvariantCulture);
if (limit > 0)
{
    messages = messages.Take(limit).ToList();
}

var variants = int.Parse(arguments.Get("variants", "1"), CultureInfo.InvariantCulture);
var fraud = FraudContentLoader.Load(Path.Combine(root, "content", "fraud"));
var analyzer = new FraudAnalyzer(fraud, new InMemoryFraudListStore(fraud));

Console.Error.WriteLine($"rendering {messages.Count} messages × {variants} variants with {ScreenshotRenderer.ChromiumPath} …");
List<ScreenshotCase> cases;
await using (var renderer = await ScreenshotRenderer.StartAsync())
{
    cases = await OcrEvaluation.RenderAsync(renderer, messages, variants);
}

if (arguments.Has("save"))
{
    var dir = Directory.CreateDirectory(arguments.Get("save", "screenshots")).FullName;
    foreach (var c in cases)
    {
        File.WriteAllBytes(Path.Combine(dir, $"{c.Index:000}.{(c.Variant.Jpeg ? "jpg" : "png")}"), c.Image);
    }
}

if (arguments.Has("host"))
{
    var host = new Uri(arguments.Get("host", "http://127.0.0.1:5000"));
    Console.WriteLine($"## Screenshots sent to the bot at {host}: {set} set, {cases.Count} screenshots ({cases.Count(c => c.Message.IsScam)} scam, {cases.Count(c => !c.Message.IsScam)} legitimate)");
    Console.WriteLine();
    var answered = await HostEvaluation.RunAsync(host, cases, analyzer);
    Console.WriteLine(HostEvaluation.ToMarkdown(answered));
    return 0;
}

Console.WriteLine($"## Screenshot reading: {set} set, {cases.Count} screenshots ({cases.Count(c => c.Message.IsScam)} scam, {cases.Count(c => !c.Message.IsScam)} legitimate)");
Console.WriteLine();
foreach (var config in arguments.Get("configs", "full").Split(','))
{
    var options = Configure(config, arguments);
    using var reader = new TesseractScreenshotReader(options, NullLogger<TesseractScreenshotReader>.Instance);
    if (!await reader.IsAvailableAsync())
    {
        Console.Error.WriteLine("tesseract with vie+eng is not installed: apt-get install tesseract-ocr tesseract-ocr-vie");
        return 2;
    }

    var outcomes = await OcrEvaluation.RunAsync(reader, analyzer, cases);
    Console.WriteLine(EvaluationSummary.Of(outcomes).ToMarkdown($"{config} (psm {options.PageSegmentationMode})"));
    PrintByKind(outcomes);
    if (arguments.Has("misses"))
    {
        if (set == "frozen")
        {
            Console.Error.WriteLine("--misses is for the development set: the frozen set is never looked at for tuning");
        }
        else
        {
            PrintMisses(outcomes);
        }
    }
}

return 0;

static OcrOptions Configure(string config, Arguments arguments)
{
    var options = new OcrOptions
    {
        MeasureProcessUsage = true,
        MaxQueuedReads = 0,
        PageSegmentationMode = int.Parse(arguments.Get("psm", "3"), CultureInfo.InvariantCulture),
    };
    switch (config)
    {
        case "raw":
            options.Preprocess = false;
            break;
        case "gray":
            options.UpscaleBelowWidth = 0;
            options.RetryWithLocalThreshold = false;
            break;
        case "upscale":
            options.RetryWithLocalThreshold = false;
            break;
        case "invert":
            options.InvertDarkScreens = true;
            options.RetryWithLocalThreshold = false;
            break;
        case "full":
            break;
        default:
            if (config.StartsWith("upscale", StringComparison.Ordinal) && int.TryParse(config[7..], CultureInfo.InvariantCulture, out var width))
            {
                options.UpscaleBelowWidth = width; // e.g. upscale1400
                break;
            }

            throw new ArgumentException($"unknown configuration '{config}' (raw, gray, upscale, invert, full, upscaleNNNN)");
    }

    return options;
}

static void PrintByKind(List<CaseOutcome> outcomes)
{
    Console.WriteLine("| kind | screenshots | char accuracy (mean) | median time |");
    Console.WriteLine("|---|---:|---:|---:|");
    var kinds = new (string Name, Func<ScreenshotVariant, bool> Is)[]
    {
        ("density 1 (small)", v => v.Scale == 1f), ("density 1.5 JPEG (messenger-compressed)", v => v.Scale == 1.5f),
        ("density 2", v => v.Scale == 2f), ("density 3", v => v.Scale == 3f),
        ("light", v => !v.Dark), ("dark", v => v.Dark), ("photo of the screen", v => v.Photographed),
        ("SMS", v => v.App == "sms"), ("Zalo", v => v.App == "zalo"),
    };
    foreach (var (name, isKind) in kinds)
    {
        var some = outcomes.Where(o => isKind(o.Case.Variant)).ToList();
        if (some.Count == 0)
        {
            continue;
        }

        var times = some.Select(o => o.Ocr.Elapsed.TotalSeconds).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {some.Count} | {some.Average(o => o.Accuracy):P1} | {times[times.Length / 2]:0.00} s |"));
    }

    Console.WriteLine();
}

static void PrintMisses(List<CaseOutcome> outcomes)
{
    foreach (var o in outcomes.Where(o => (o.Case.Message.IsScam && o.ReadRisk < RiskLevel.Medium) || (!o.Case.Message.IsScam && o.ReadRisk == RiskLevel.High) || o.ReadRisk != o.TypedRisk || o.Accuracy < 0.85))
    {
        Console.WriteLine($"- #{o.Case.Index} {(o.Case.Message.IsScam ? "scam" : "legit")} read {o.ReadRisk} typed {o.TypedRisk} acc {o.Accuracy:P0} [{o.Case.Variant}] {o.Ocr.Status}");
        Console.WriteLine($"    ref:  {o.Case.Reference}");
        Console.WriteLine($"    read: {o.Ocr.Text.Replace('\n', '¶')}");
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository (Bot.sln not found)");
}
