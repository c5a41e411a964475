using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Bot.Dialogs.Content;

/// <summary>
/// Reads YAML nodes into content records while collecting diagnostics with exact positions.
/// </summary>
/// <remarks>
/// We read the representation model by hand instead of deserialising into classes so every
/// problem can name its file, line and column and suggest the key that was probably meant.
/// </remarks>
internal sealed class YamlReader(string file, List<ContentDiagnostic> diagnostics)
{
    private readonly Dictionary<YamlMappingNode, HashSet<string>> _misspelt = new(ReferenceEqualityComparer.Instance);

    public string File { get; } = file;

    public SourceLocation At(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    public void Error(YamlNode node, string message, string? fix = null) =>
        diagnostics.Add(new ContentDiagnostic(At(node), DiagnosticSeverity.Error, message, fix));

    public void Error(SourceLocation at, string message, string? fix = null) =>
        diagnostics.Add(new ContentDiagnostic(at, DiagnosticSeverity.Error, message, fix));

    public void Warning(YamlNode node, string message, string? fix = null) =>
        diagnostics.Add(new ContentDiagnostic(At(node), DiagnosticSeverity.Warning, message, fix));

    /// <summary>A reader for a file of the content folder: diagnostics name it by its path below the folder, with '/' on every system.</summary>
    public static YamlReader ForContentFile(string root, string file, List<ContentDiagnostic> diagnostics) =>
        new(Path.GetRelativePath(root, file).Replace('\\', '/'), diagnostics);

    /// <summary>Loads the single document of a file's text, or reports why it cannot be parsed (see <see cref="LoadRoot(TextReader)"/>).</summary>
    public YamlMappingNode? LoadRoot(string content)
    {
        using var text = new StringReader(content);
        return LoadRoot(text);
    }

    /// <summary>Loads the single document of a file, or reports why it cannot be parsed.</summary>
    /// <remarks>
    /// Any exception from the YAML library is a refused file, never a crash: besides
    /// <see cref="YamlDotNet.Core.YamlException"/> its scanner throws <see cref="InvalidOperationException"/>
    /// on some broken saves (e.g. <c>zz: [</c> prepended to a flow). The scanner's position names the line
    /// even then, so the editor still gets <c>file:line:col</c>.
    /// </remarks>
    public YamlMappingNode? LoadRoot(TextReader text)
    {
        var stream = new YamlStream();
        var source = text.ReadToEnd();
        var scanner = new YamlDotNet.Core.Scanner(new StringReader(source));
        try
        {
            stream.Load(new DepthLimitedParser(new YamlDotNet.Core.Parser(scanner)));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            var (line, column, message, fix) = YamlSyntaxError.Describe(source, ex);
            diagnostics.Add(new ContentDiagnostic(new SourceLocation(File, line, column), DiagnosticSeverity.Error, message, fix));
            return null;
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            var at = scanner.CurrentPosition;
            diagnostics.Add(new ContentDiagnostic(
                new SourceLocation(File, Math.Max(1, (int)at.Line), Math.Max(1, (int)at.Column)),
                DiagnosticSeverity.Error,
                "the file is not valid YAML (the reader stopped here: " + ex.Message + ")",
                "look for an unclosed '[', '{' or quote on this line or the lines above it"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            diagnostics.Add(new ContentDiagnostic(new SourceLocation(File, 1, 1), DiagnosticSeverity.Error,
                "the file must contain a mapping (key: value lines)", null));
            return null;
        }

        return root;
    }

    /// <summary>Reports keys that are not in <paramref name="allowed"/>.</summary>
    /// <remarks>
    /// A misspelt key is remembered as the key it probably meant, so the checks that follow do not report
    /// that key as missing too: one mistake, one error.
    /// </remarks>
    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (Array.IndexOf(allowed, name) < 0)
            {
                Error(key, $"unknown key '{name}'{DidYouMean.Hint(name, allowed)}",
                    "allowed here: " + string.Join(", ", allowed));
                if (DidYouMean.Suggest(name, allowed) is { } meant)
                {
                    (_misspelt.TryGetValue(map, out var set) ? set : _misspelt[map] = new HashSet<string>(StringComparer.Ordinal)).Add(meant);
                }
            }
        }
    }

    /// <summary>True when one of <paramref name="keys"/> is already reported as misspelt in this mapping.</summary>
    public bool Misspelt(YamlMappingNode map, params string[] keys) =>
        _misspelt.TryGetValue(map, out var set) && keys.Any(set.Contains);

    public YamlNode? Get(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(YamlMappingNode map, string key, bool required = false)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required && !Misspelt(map, key))
            {
                Error(map, $"missing '{key}'", $"add a '{key}:' line");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be a single value, not a list or mapping");
        return null;
    }

    public int? Int(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(Get(map, key)!, $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public bool? Bool(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }

        if (bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(Get(map, key)!, $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    public DateOnly? Date(YamlMappingNode map, string key)
    {
        var text = String(map, key);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(Get(map, key)!, $"'{key}' must be a date written as YYYY-MM-DD, not '{text}'");
        return null;
    }

    /// <summary>A text given either as a plain string (Vietnamese) or as <c>{vi: …, en: …}</c>.</summary>
    public LocalizedText? Text(YamlMappingNode map, string key, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required && !Misspelt(map, key))
            {
                Error(map, $"missing '{key}'", $"add '{key}:' with 'vi:' and 'en:' lines");
            }

            return null;
        }

        return Text(node);
    }

    public LocalizedText? Text(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return new LocalizedText(scalar.Value!);
            case YamlMappingNode map:
                CheckKeys(map, "vi", "en");
                var vi = String(map, "vi", required: true);
                var en = String(map, "en");
                return vi is null ? null : new LocalizedText(vi, string.IsNullOrWhiteSpace(en) ? null : en);
            default:
                Error(node, "a text must not be empty", "write the Vietnamese text after 'vi:'");
                return null;
        }
    }

    /// <summary>An optional free text such as <c>checked_against</c>: null when absent or blank.</summary>
    public string? OptionalString(YamlMappingNode map, string key) =>
        String(map, key) is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>Reports, at <paramref name="at"/>, every source that is not a full web address (http or https).</summary>
    public void CheckSources(IEnumerable<string> sources, YamlNode at)
    {
        foreach (var source in sources)
        {
            if (!Uri.TryCreate(source, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            {
                Error(at, $"source '{source}' is not a web address", "write the full address, starting with https://");
            }
        }
    }

    public IEnumerable<YamlNode> Items(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlSequenceNode seq)
        {
            return seq.Children;
        }

        Error(node, $"'{key}' must be a list (lines starting with '- ')");
        return [];
    }

    public IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var list = new List<string>();
        var node = Get(map, key);
        if (node is YamlScalarNode single && !string.IsNullOrWhiteSpace(single.Value))
        {
            list.Add(single.Value!);
            return list;
        }

        foreach (var item in Items(map, key))
        {
            if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                list.Add(value);
            }
            else
            {
                Error(item, $"every item of '{key}' must be a single text");
            }
        }

        return list;
    }
}
