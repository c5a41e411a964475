using Bot.Dialogs.Content;
using Bot.Host.Content;

namespace Bot.Host.Cli;

/// <summary><c>content …</c> verbs for editors.</summary>
public static class ContentVerbs
{
    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] != "validate")
        {
            error.WriteLine("usage: content validate [FOLDER]");
            return Task.FromResult(1);
        }

        var folder = args.Length > 1 ? args[1] : new ContentOptions().ResolvePath();
        var (bundle, diagnostics) = ContentLoader.TryLoad(folder);
        foreach (var d in diagnostics)
        {
            (d.Severity == DiagnosticSeverity.Error ? error : output).WriteLine(d.ToString());
        }

        output.WriteLine(bundle is null
            ? $"content in {folder}: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)} error(s)"
            : $"content in {folder}: OK, version {bundle.Version}, {bundle.Flows.Count} flow(s)");
        return Task.FromResult(bundle is null ? 1 : 0);
    }
}
