using System.Text.RegularExpressions;
using Bot.Dialogs.Content;

namespace Bot.Content.Hosting;

/// <summary>
/// Puts the content checks' messages into the editor's language: every problem the validator, the loaders and
/// the conversation tests can report, in English (as the checks write them) and in plain Vietnamese.
/// </summary>
/// <remarks>
/// The checks in the core keep writing English (other checks and the logs read those words); the translation
/// happens here, where editors read them. Each entry is an English template with holes <c>{0}</c>, <c>{1}</c> …
/// and its Vietnamese sentence with the same holes. A hole's own value is translated too when it is itself a
/// known phrase ("step 'intro'", " (did you mean 'x'?)"), so a sentence built from parts reads in one language.
/// Names, ids, file names and quoted words stay as the editor wrote them. A test compares this list with every
/// message written in the checks' source, so a new check without its Vietnamese fails the build's tests.
/// </remarks>
public static partial class ContentMessageCatalogue
{
    /// <summary>The entries: English template, Vietnamese template.</summary>
    public static IReadOnlyList<Bilingual> Entries => ContentMessageEntries.All;

    private static readonly Lazy<IReadOnlyList<(Regex Pattern, Bilingual Entry)>> Compiled = new(() =>
        ContentMessageEntries.All
            .OrderByDescending(e => Hole().Replace(e.En, "").Length) // the most specific template wins
            .Select(e => (new Regex("^" + EscapedHole().Replace(Regex.Escape(e.En), m => HolePattern(m)) + "$",
                RegexOptions.Singleline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)), e))
            .ToList());

    /// <summary>A hole between single quotes holds a name or id (never a quote); any other hole takes what is there.</summary>
    private static string HolePattern(Match hole)
    {
        var quoted = hole.Result("$`").EndsWith('\'') && hole.Result("$'").StartsWith('\'');
        return $"(?<h{hole.Groups[1].Value}>{(quoted ? "[^']*?" : ".*?")})";
    }

    /// <summary>The text in <paramref name="language"/>: English as written, Vietnamese from its entry (unknown text stays as it is).</summary>
    public static string Translate(string text, EditorLanguage language) =>
        language == EditorLanguage.En || text.Length == 0 ? text : ToVietnamese(text, depth: 0) ?? text;

    /// <summary>A diagnostic as a compiler-style line in <paramref name="language"/>: <c>file:line:col: lỗi: … — cách sửa</c>.</summary>
    public static string Describe(ContentDiagnostic diagnostic, EditorLanguage language)
    {
        if (language == EditorLanguage.En)
        {
            return diagnostic.ToString();
        }

        var severity = diagnostic.Severity == DiagnosticSeverity.Error ? "lỗi" : "cảnh báo";
        var fix = FixOf(diagnostic, language) is { } text ? " — " + text : "";
        return $"{diagnostic.Location}: {severity}: {Translate(diagnostic.Message, language)}{fix}";
    }

    /// <summary>How to fix <paramref name="diagnostic"/> in <paramref name="language"/>: the content's own words when it wrote both, else the catalogue's.</summary>
    public static string? FixOf(ContentDiagnostic diagnostic, EditorLanguage language) =>
        diagnostic.Fix is null ? null
        : language == EditorLanguage.Vi && diagnostic.FixVi is { } vi ? vi
        : Translate(diagnostic.Fix, language);

    /// <summary>
    /// Lines already written in English as <c>file:line:col: error: message — fix</c> (a refused reload's errors,
    /// a conversation test's report) in <paramref name="language"/>.
    /// </summary>
    public static string TranslateLines(string lines, EditorLanguage language) =>
        language == EditorLanguage.En ? lines : string.Join('\n', lines.Split('\n').Select(l => TranslateLine(l.TrimEnd('\r'))));

    private static string TranslateLine(string line)
    {
        var indent = line.Length - line.TrimStart().Length;
        var body = line[indent..];
        var compiler = CompilerLine().Match(body);
        if (compiler.Success)
        {
            var severity = compiler.Groups["severity"].Value == "error" ? "lỗi" : "cảnh báo";
            var rest = compiler.Groups["rest"].Value;
            return line[..indent] + $"{compiler.Groups["at"].Value}: {severity}: {MessageAndFix(rest) ?? rest}";
        }

        return line[..indent] + Translate(body, EditorLanguage.Vi);
    }

    /// <summary>
    /// "message — fix" in Vietnamese: the two halves separately when both are known (a hole at the end of the
    /// message must not swallow the fix), else the whole; null when neither is known.
    /// </summary>
    private static string? MessageAndFix(string text)
    {
        var dash = text.LastIndexOf(" — ", StringComparison.Ordinal);
        if (dash >= 0 && ToVietnamese(text[..dash], 0) is { } message && ToVietnamese(text[(dash + 3)..], 0) is { } fix)
        {
            return message + " — " + fix;
        }

        return ToVietnamese(text, 0);
    }

    private static string? ToVietnamese(string text, int depth)
    {
        if (depth > 4)
        {
            return null;
        }

        // Several problems of one conversation-test step are joined with "; ": each is translated on its own
        // (tried first, or a hole at the end of the first problem would take in the ones after it).
        if (text.Contains("; ", StringComparison.Ordinal))
        {
            var parts = text.Split("; ").Select(p => ToVietnamese(p, depth + 1)).ToList();
            if (parts.All(t => t is not null))
            {
                return string.Join("; ", parts);
            }
        }

        foreach (var (pattern, entry) in Compiled.Value)
        {
            var match = pattern.Match(text);
            if (!match.Success)
            {
                continue;
            }

            return Hole().Replace(entry.Vi, h =>
            {
                var value = match.Groups["h" + h.Groups[1].Value].Value;
                return value.Length == 0 ? value : ToVietnamese(value, depth + 1) ?? value;
            });
        }

        return null;
    }

    /// <summary>True when <paramref name="text"/> is covered by an entry (used by the tests that keep the catalogue complete).</summary>
    public static bool Knows(string text)
    {
        var line = CompilerLine().Match(text);
        return (line.Success ? MessageAndFix(line.Groups["rest"].Value) : ToVietnamese(text, 0)) is not null;
    }

    /// <summary>The holes of a template, in order.</summary>
    public static IReadOnlyList<string> HolesOf(string template) => Hole().Matches(template).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\{(\d)\}")]
    private static partial Regex Hole();

    /// <summary>A hole after <see cref="Regex.Escape"/> (which escapes the opening brace).</summary>
    [GeneratedRegex(@"\\\{(\d)\}")]
    private static partial Regex EscapedHole();

    [GeneratedRegex(@"^(?<at>\S+:\d+:\d+): (?<severity>error|warning): (?<rest>.*)$", RegexOptions.Singleline)]
    private static partial Regex CompilerLine();

    /// <summary>Used by tests: a template with its holes filled with sample words, to see the sentence as an editor would.</summary>
    public static string Sample(string template) =>
        Hole().Replace(template, m => "x" + m.Groups[1].Value);
}
