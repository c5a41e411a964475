namespace Bot.Host.Cli;

/// <summary>A verb's arguments: positional values, <c>--flag</c>s, and <c>--option value</c> pairs.</summary>
public sealed class CliArguments
{
    private static readonly HashSet<string> Flags = ["--json", "--all", "--yes", "--folder"];
    private readonly List<string> _positional = [];
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (Flags.Contains(arg))
            {
                _flags.Add(arg);
            }
            else if ((arg.StartsWith("--", StringComparison.Ordinal) || arg == "-m") && i + 1 < args.Count)
            {
                _values[arg] = args[++i];
            }
            else
            {
                _positional.Add(arg);
            }
        }
    }

    public string? Positional(int index) => index < _positional.Count ? _positional[index] : null;

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _values.GetValueOrDefault(option);
}
