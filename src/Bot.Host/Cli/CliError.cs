using Bot.Content.Hosting;

namespace Bot.Host.Cli;

/// <summary>The one line a content verb writes when it cannot do what was asked.</summary>
internal static class CliError
{
    /// <summary>Writes "lỗi: …" (or "error: …" with <c>--lang en</c>) and gives the exit code 1.</summary>
    public static int Write(TextWriter error, EditorLanguage lang, Bilingual problem)
    {
        error.WriteLine(ContentCliTexts.ErrorPrefix.In(lang) + problem.In(lang));
        return 1;
    }
}
