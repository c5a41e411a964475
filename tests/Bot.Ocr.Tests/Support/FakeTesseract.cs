namespace Bot.Ocr.Tests.Support;

/// <summary>
/// A stand-in "tesseract" program (a small script in a private folder) for faults the real one rarely shows:
/// hanging, and recording the arguments it was started with. It answers --list-langs like the real one.
/// </summary>
public sealed class FakeTesseract : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fake-tesseract-").FullName;

    private FakeTesseract(string body)
    {
        Path = System.IO.Path.Combine(_folder, "tesseract");
        ArgumentsFile = System.IO.Path.Combine(_folder, "args");
        PidFile = System.IO.Path.Combine(_folder, "pid");
        File.WriteAllText(Path, $"""
            #!/bin/sh
            if [ "$1" = "--list-langs" ]; then echo 'List of available languages (2):'; echo vie; echo eng; exit 0; fi
            echo $$ > '{PidFile}'
            for a in "$@"; do echo "$a"; done > '{ArgumentsFile}'
            {body}
            """.Replace("\r", "", StringComparison.Ordinal));
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("the fake tesseract is a shell script; these tests run on Linux");
        }

        File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public string Path { get; }

    public string ArgumentsFile { get; }

    public string PidFile { get; }

    /// <summary>Reads its input, then never answers (until killed).</summary>
    public static FakeTesseract Hanging() => new("cat > /dev/null; exec sleep 60");

    /// <summary>Reads its input and answers with one recognised word, in tesseract's TSV layout.</summary>
    public static FakeTesseract Answering(string word) => new(
        "cat > /dev/null\n" +
        "printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n'\n" +
        "printf '1\\t1\\t0\\t0\\t0\\t0\\t0\\t0\\t1000\\t2000\\t-1\\t\\n'\n" +
        $"printf '5\\t1\\t1\\t1\\t1\\t1\\t40\\t600\\t300\\t30\\t95.0\\t{word}\\n'");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
