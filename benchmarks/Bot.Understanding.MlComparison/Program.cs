using System.Diagnostics;
using System.Globalization;
using Bot.Dialogs.Content;
using Bot.Dialogs.Text;
using Bot.Dialogs.Understanding;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

// Router vs ML.NET on the development set, at equal out-of-scope fallback.
// Usage: dotnet run -c Release --project benchmarks/Bot.Understanding.MlComparison [-- CONTENT_DIR SET.tsv [ALONE,COMBINED]]
// Without the third argument the ML.NET cut-offs are swept on SET (fine on the development set); on the
// frozen holdout pass the cut-offs fitted on the development set, so nothing is fitted on the holdout.
var root = FindRoot();
var contentDir = args.Length > 0 ? args[0] : Path.Combine(root, "content");
var setFile = args.Length > 1 ? args[1] : Path.Combine(root, "eval", "understanding", "dev.tsv");
var content = ContentLoader.Load(contentDir);
var understander = new Understander(content);
var lines = File.ReadLines(setFile)
    .Where(l => !l.StartsWith('#') && l.Contains('\t'))
    .Select(l => (Label: l[..l.IndexOf('\t')], Text: l[(l.IndexOf('\t') + 1)..]))
    .Where(l => l.Label != "check") // the check signal, not the classifier, decides those
    .ToList();
var soft = new HashSet<string> { "menu", "help", "out_of_scope" };
var fixedCutoffs = args.Length > 2 ? args[2].Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray() : null;
IEnumerable<double> Cutoffs(int which) => fixedCutoffs is null ? Enumerable.Range(0, 100).Select(i => i / 100.0) : [fixedCutoffs[which]];

// The router with the content's fitted thresholds.
var policy = understander.Policy;
var routerOpened = lines.Select(l => policy.Decide(understander.Recognize(l.Text), CheckSignal.None))
    .Select(d => d.Kind == DecisionKind.Route ? d.Target!.FlowId : null).ToList();
var (routerIn, routerSoft) = Score(routerOpened);
Console.WriteLine(Line("IntentRouter (content thresholds)", routerIn, routerSoft));

// ML.NET trained from the same examples: topics, navigation phrasings, out-of-scope class.
var ml = new MLContext(seed: 1);
var training = new List<Example>();
foreach (var flow in content.Flows.Values.Where(f => f.Routable))
{
    training.AddRange(flow.Examples.Concat(flow.Title.All()).Concat(flow.Nodes.SelectMany(n => n.Examples))
        .Select(e => new Example { Text = VietnameseText.Fold(e), Label = flow.Id }));
}

training.AddRange(content.Understanding.Navigation.SelectMany(n => n.Value).Select(e => new Example { Text = VietnameseText.Fold(e), Label = UnderstandingPolicy.NavigationFlow }));
training.AddRange(content.Understanding.OutOfScope.Select(e => new Example { Text = VietnameseText.Fold(e), Label = UnderstandingPolicy.OutOfScopeFlow }));

var clock = Stopwatch.StartNew();
var pipeline = ml.Transforms.Conversion.MapValueToKey("Label")
    .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
    {
        WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 5, UseAllLengths = true },
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    }, nameof(Example.Text)))
    .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy())
    .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
var model = pipeline.Fit(ml.Data.LoadFromEnumerable(training));
var trainMs = clock.ElapsedMilliseconds;
var engine = ml.Model.CreatePredictionEngine<Example, Prediction>(model);
var classes = ClassNames(engine.OutputSchema);

var predictions = new List<(string Label, float Probability)>();
var times = new List<double>();
foreach (var (_, text) in lines)
{
    var start = Stopwatch.GetTimestamp();
    var p = engine.Predict(new Example { Text = VietnameseText.Fold(text) });
    times.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
    var best = Array.IndexOf(p.Score, p.Score.Max());
    predictions.Add((classes[best], p.Score[best]));
}

times.Sort();
Console.WriteLine($"ML.NET: {training.Count} examples, {classes.Length} classes, trained in {trainMs} ms; prediction median {times[times.Count / 2]:0.0} µs");

// Sweep the probability cut-off; report the best in-scope share at or above the router's out-of-scope share.
(double T, double In, double Soft)? atEqual = null;
foreach (var t in Cutoffs(0))
{
    var opened = predictions.Select(p => p.Label.StartsWith('~') || p.Probability < t ? null : p.Label).ToList();
    var (inScope, softShare) = Score(opened);
    if ((fixedCutoffs is not null || softShare >= routerSoft - 1e-9) && (atEqual is null || inScope > atEqual.Value.In))
    {
        atEqual = (t, inScope, softShare);
    }
}

if (atEqual is { } m)
{
    Console.WriteLine(Line($"ML.NET (cut-off {m.T:0.00}, same out-of-scope share)", m.In, m.Soft));
}

// Combined: the router decides; where it falls back, ML.NET's topic is taken when it is sure.
(double T, double In, double Soft)? combined = null;
foreach (var t in Cutoffs(1))
{
    var opened = routerOpened.Select((r, i) => r ?? (predictions[i].Label.StartsWith('~') || predictions[i].Probability < t ? null : predictions[i].Label)).ToList();
    var (inScope, softShare) = Score(opened);
    if ((fixedCutoffs is not null || softShare >= routerSoft - 1e-9) && (combined is null || inScope > combined.Value.In))
    {
        combined = (t, inScope, softShare);
    }
}

if (combined is { } c)
{
    Console.WriteLine(Line($"router, then ML.NET where the router falls back (cut-off {c.T:0.00})", c.In, c.Soft));
}

return 0;

(double In, double Soft) Score(IReadOnlyList<string?> opened)
{
    int inN = 0, inRight = 0, softN = 0, softRight = 0;
    for (var i = 0; i < lines.Count; i++)
    {
        if (soft.Contains(lines[i].Label))
        {
            softN++;
            softRight += opened[i] is null or "help" ? 1 : 0;
        }
        else
        {
            inN++;
            inRight += opened[i] == lines[i].Label ? 1 : 0;
        }
    }

    return ((double)inRight / inN, (double)softRight / softN);
}

static string Line(string name, double inScope, double softShare) =>
    string.Create(CultureInfo.InvariantCulture, $"{name}: in scope right {inScope:P1}, out of scope kept out {softShare:P1}");

static string[] ClassNames(DataViewSchema schema)
{
    // The score columns follow the label key's order, which the slot names spell out.
    VBuffer<ReadOnlyMemory<char>> names = default;
    schema["Score"].GetSlotNames(ref names);
    return names.DenseValues().Select(n => n.ToString()).ToArray();
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

    return Directory.GetCurrentDirectory();
}

internal sealed class Example
{
    public string Text { get; set; } = "";

    public string Label { get; set; } = "";
}

internal sealed class Prediction
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
