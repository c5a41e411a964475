using System.Text;
using System.Text.RegularExpressions;
using Bot.Dialogs.Content;
using Bot.Dialogs.Tools;

namespace Bot.Content.Hosting.Tests;

/// <summary>
/// Editors read every content problem in Vietnamese or English: each message the checks can write has its
/// Vietnamese sentence, in plain words with diacritics, and no English is left in the Vietnamese output.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    /// <summary>Where the checks that editors read write their messages.</summary>
    private static readonly string[] Sources =
    [
        "src/Bot.Dialogs/Content", "src/Bot.Dialogs/Tools", "src/Bot.Dialogs/Understanding", "src/Bot.Dialogs/Engine/CardCompiler.cs",
        "src/Bot.Fraud/Config", "src/Bot.Fraud/Analysis/PhrasePattern.cs",
        "src/Bot.Content.Hosting/ContentReloader.cs", "src/Bot.Content.Hosting/ContentVersionStore.cs", "src/Bot.Content.Hosting/StartupContentLoader.cs",
    ];

    /// <summary>English words that never belong in a Vietnamese sentence (YAML keys such as 'text:' are quoted, so they are removed first).</summary>
    private static readonly string[] EnglishWords =
        ["the", "must", "is", "are", "not", "add", "does", "exist", "has", "have", "with", "and", "or", "use", "write", "each", "missing", "file", "step", "flow", "button", "line", "only", "should", "here", "text", "error", "warning"];

    [Fact]
    public void EveryMessageTheChecksWriteHasAVietnameseEntry()
    {
        var missing = new List<string>();
        var seen = 0;
        foreach (var (where, message) in MessagesInSource())
        {
            seen++;
            if (!ContentMessageCatalogue.Knows(message))
            {
                missing.Add($"{where}: \"{message}\"");
            }
        }

        Assert.True(seen > 200, $"only {seen} messages found: the source scan no longer finds the checks");
        Assert.True(missing.Count == 0, "add these to ContentMessageEntries with their Vietnamese:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryEntryIsPlainVietnameseWithDiacriticsAndTheSameHoles()
    {
        var problems = new List<string>();
        foreach (var entry in ContentMessageCatalogue.Entries)
        {
            var vi = entry.Vi;
            if (!vi.IsNormalized(NormalizationForm.FormC))
            {
                problems.Add($"not NFC: {vi}");
            }

            if (!ContentMessageCatalogue.HolesOf(entry.En).Order().SequenceEqual(ContentMessageCatalogue.HolesOf(vi).Order()))
            {
                problems.Add($"holes differ: {entry.En} → {vi}");
            }

            var words = Words(vi);
            if (words.Length > 0 && !words.Any(w => w.Any(IsVietnameseLetter)))
            {
                problems.Add($"no Vietnamese letter: {vi}");
            }

            if (words.FirstOrDefault(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase)) is { } english)
            {
                problems.Add($"English word '{english}' in: {vi}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(ContentMessageCatalogue.Entries.Count, ContentMessageCatalogue.Entries.Select(e => e.En).Distinct().Count());
    }

    [Fact]
    public void RealMistakesReadInVietnameseWithoutEnglishAndUnchangedInEnglish()
    {
        using var broken = new ContentSandbox();
        broken.EditEid(t => t
            .Replace("goto: ask_sim\n", "goto: ask_simm\n", StringComparison.Ordinal)    // a step that does not exist
            .Replace("    goto: ask_chip", "    gotoo: ask_chip", StringComparison.Ordinal)); // a misspelt key
        File.WriteAllText(Path.Combine(broken.Folder, "flows", "broken.yaml"), "id: broken\n\ttitle: x\n");
        using var outdated = new ContentSandbox(); // loads, so the checks of words, facts and links run too (with the shipped content's warnings)
        outdated.ReplaceInEid("Bạn cần gì?", "Bạn cần gì? Hãy đến công an huyện.");

        var diagnostics = ContentValidator.Validate(broken.Folder).Diagnostics.Concat(ContentValidator.Validate(outdated.Folder).Diagnostics).ToList();

        Assert.True(diagnostics.Count >= 4, string.Join("\n", diagnostics));
        foreach (var diagnostic in diagnostics)
        {
            var vi = ContentMessageCatalogue.Describe(diagnostic, EditorLanguage.Vi);
            var en = ContentMessageCatalogue.Describe(diagnostic, EditorLanguage.En);
            Assert.Equal(diagnostic.ToString(), en);
            Assert.StartsWith($"{diagnostic.Location}: {(diagnostic.Severity == DiagnosticSeverity.Error ? "lỗi" : "cảnh báo")}: ", vi, StringComparison.Ordinal);
            // The whole line, an outdated term's reason included (outdated-terms.yaml gives it in both languages).
            var english = Words(vi[diagnostic.Location.ToString().Length..]).FirstOrDefault(w => EnglishWords.Contains(w, StringComparer.OrdinalIgnoreCase));
            Assert.True(english is null, $"'{english}' left in: {vi}");
        }

        var lines = string.Join("\n", diagnostics.Select(d => ContentMessageCatalogue.Describe(d, EditorLanguage.Vi)));
        Assert.Contains("không có bước 'ask_simm' trong luồng 'eid' (có phải ý bạn là 'ask_sim'?)", lines, StringComparison.Ordinal);
        Assert.Contains("không có khóa 'gotoo' (có phải ý bạn là 'goto'?)", lines, StringComparison.Ordinal);
        Assert.Contains("dùng từ cũ 'công an huyện' — từ 1/3/2025 không còn công an cấp huyện: viết 'công an xã, phường'", lines, StringComparison.Ordinal);
        var englishLines = string.Join("\n", diagnostics.Select(d => ContentMessageCatalogue.Describe(d, EditorLanguage.En)));
        Assert.Contains("uses the outdated term 'công an huyện' — district police were abolished on 1/3/2025: write 'công an xã, phường'", englishLines, StringComparison.Ordinal);
        Assert.Contains("flows/broken.yaml:2:1: lỗi: dòng này thụt lề bằng phím Tab", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedReloadIsShownInVietnameseBesideTheEnglish()
    {
        var english = "flows/eid.yaml:12:17: error: step 'ask_simm' does not exist in flow 'eid' (did you mean 'ask_sim'?) — use the id of a step in this file, or 'flow: <flow>.<step>' for another flow";
        var status = new ContentStatus("abc", DateTimeOffset.UtcNow, "/x", [english], DateTimeOffset.UtcNow, []);

        Assert.Equal(
            "flows/eid.yaml:12:17: lỗi: không có bước 'ask_simm' trong luồng 'eid' (có phải ý bạn là 'ask_sim'?) — dùng mã một bước trong tệp này, hoặc 'flow: <luồng>.<bước>' cho luồng khác",
            Assert.Single(status.LastErrorVi!));
        Assert.Equal(english, ContentMessageCatalogue.TranslateLines(english, EditorLanguage.En));
    }

    /// <summary>Words of a sentence without what is quoted ('text:', "mức 2"), paths, ids with '_' and placeholders.</summary>
    private static string[] Words(string sentence)
    {
        var bare = Quoted().Replace(sentence, " ");
        return WordPattern().Matches(bare).Select(m => m.Value)
            .Where(w => !w.Contains('_') && !w.Contains('.') && !w.Contains(':') && !w.Contains('/'))
            .ToArray();
    }

    private static bool IsVietnameseLetter(char c) => c > 127 && char.IsLetter(c);

    /// <summary>Message literals inside the calls that report content problems, with their holes filled by a sample word.</summary>
    private static IEnumerable<(string Where, string Message)> MessagesInSource()
    {
        var files = Sources.Select(s => Path.Combine(RepositoryPaths.Root, s))
            .SelectMany(p => File.Exists(p) ? [p] : Directory.GetFiles(p, "*.cs", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match call in ReportingCall().Matches(text))
            {
                var end = StatementEnd(text, call.Index);
                foreach (var (at, literal) in Literals(text, call.Index, end))
                {
                    if (LooksLikeProse(literal))
                    {
                        var line = text[..at].Count(c => c == '\n') + 1;
                        yield return ($"{Path.GetRelativePath(RepositoryPaths.Root, file)}:{line}", literal);
                    }
                }
            }
        }
    }

    /// <summary>A sentence, not a key, a separator or a log template (whose holes are named: "{Version}").</summary>
    private static bool LooksLikeProse(string literal) => literal.Contains(' ') && LetterRun().IsMatch(literal) && !LogHole().IsMatch(literal);

    private static int StatementEnd(string text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '\'':
                    i = SkipCharLiteral(text, i);
                    break;
                case '"':
                    i = SkipLiteral(text, i, null);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth < 0)
                    {
                        return i;
                    }

                    break;
                case ';' when depth == 0:
                    return i;
            }
        }

        return text.Length;
    }

    private static IEnumerable<(int At, string Literal)> Literals(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\'')
            {
                i = SkipCharLiteral(text, i);
                continue;
            }

            if (text[i] != '"')
            {
                continue;
            }

            var value = new StringBuilder();
            var start = i;
            i = SkipLiteral(text, i, value);

            // "a " + "b" is one message written on two lines; "a " + name + " b" has a hole in the middle.
            while (true)
            {
                if (NextConcatenated(text, i) is > 0 and var next)
                {
                    i = SkipLiteral(text, next, value);
                }
                else if (SkipAddedExpression(text, i) is > 0 and var afterExpression)
                {
                    value.Append('x');
                    i = SkipLiteral(text, afterExpression, value);
                }
                else
                {
                    break;
                }
            }

            yield return (start, value.ToString());
        }
    }

    /// <summary>The opening quote of a literal that is added (+) right after the one closing at <paramref name="close"/>, or -1.</summary>
    private static int NextConcatenated(string text, int close)
    {
        var k = close + 1;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= text.Length || text[k] != '+')
        {
            return -1;
        }

        k++;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        return text[k] == '"' ? k : text[k] == '$' && text[k + 1] == '"' ? k + 1 : -1;
    }

    /// <summary>"a " + expression + "b": the opening quote of "b" when a literal follows the expression, or -1.</summary>
    private static int SkipAddedExpression(string text, int close)
    {
        var k = close + 1;
        while (k < text.Length && char.IsWhiteSpace(text[k]))
        {
            k++;
        }

        if (k >= text.Length || text[k] != '+')
        {
            return -1;
        }

        var depth = 0;
        for (k++; k < text.Length; k++)
        {
            switch (text[k])
            {
                case '"':
                    return -1; // a literal right after '+' is NextConcatenated's
                case '(' or '[':
                    depth++;
                    break;
                case ')' or ']' when depth > 0:
                    depth--;
                    break;
                case ')' or ']' or ',' or ';':
                    return -1;
                case '+' when depth == 0:
                    return NextConcatenated(text, k - 1);
                case '\'':
                    k = SkipCharLiteral(text, k);
                    break;
            }
        }

        return -1;
    }

    private static int SkipCharLiteral(string text, int quote) =>
        text[quote + 1] == '\\' ? text.IndexOf('\'', quote + 3) : quote + 2;

    /// <summary>Reads the literal opening at <paramref name="quote"/> (interpolated when a '$' precedes it); returns the closing quote's index.</summary>
    private static int SkipLiteral(string text, int quote, StringBuilder? value)
    {
        var interpolated = quote > 0 && text[quote - 1] == '$';
        var i = quote + 1;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\\')
            {
                value?.Append(text[i + 1] switch { 'n' => '\n', 't' => '\t', var other => other });
                i += 2;
                continue;
            }

            if (c == '"')
            {
                return i;
            }

            if (interpolated && c == '{')
            {
                if (text[i + 1] == '{')
                {
                    value?.Append('{');
                    i += 2;
                    continue;
                }

                // A hole: skip its expression (which may hold literals of its own) and stand a sample word in.
                var depth = 1;
                i++;
                while (depth > 0)
                {
                    if (text[i] == '"')
                    {
                        i = SkipLiteral(text, i, null);
                    }
                    else if (text[i] == '{')
                    {
                        depth++;
                    }
                    else if (text[i] == '}')
                    {
                        depth--;
                    }

                    i++;
                }

                value?.Append("x");
                continue;
            }

            if (interpolated && c == '}' && text[i + 1] == '}')
            {
                value?.Append('}');
                i += 2;
                continue;
            }

            value?.Append(c);
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"\b(Error|Warning|Refuse|Fail|Report)\s*\(|new ContentDiagnostic\s*\(|problems\.Add\s*\(|return \(|var message =|return ""|new InvalidDataException\s*\(|yield return \(\$""the")]
    private static partial Regex ReportingCall();

    [GeneratedRegex(@"\{[A-Z]\w*\}")]
    private static partial Regex LogHole();

    [GeneratedRegex("[a-z]{3}")]
    private static partial Regex LetterRun();

    [GeneratedRegex(@"'[^']*'|""[^""]*""|`[^`]*`|<[^>]*>|\{\d\}|https?://\S+|[a-z_$]+(?:, [a-z_$]+){2,}")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Mn}_.:/]*")]
    private static partial Regex WordPattern();
}
