using System.Globalization;

namespace Bot.LoadTest;

/// <summary>One thread's CPU ticks (1/100 s) and context switches, from <c>/proc/&lt;pid&gt;/task/&lt;tid&gt;/</c>.</summary>
internal sealed record ThreadStats(int Tid, string Name, long Ticks, long Voluntary, long Involuntary)
{
    public static IReadOnlyList<ThreadStats> Read(int pid)
    {
        var list = new List<ThreadStats>();
        foreach (var dir in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                var name = stat[(open + 1)..close];
                var fields = stat[(close + 2)..].Split(' ');
                long voluntary = 0, involuntary = 0;
                foreach (var line in File.ReadLines(Path.Combine(dir, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        voluntary = long.Parse(line[24..].Trim(), CultureInfo.InvariantCulture);
                    }
                    else if (line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        involuntary = long.Parse(line[27..].Trim(), CultureInfo.InvariantCulture);
                    }
                }

                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                list.Add(new ThreadStats(int.Parse(Path.GetFileName(dir), CultureInfo.InvariantCulture), name, ticks, voluntary, involuntary));
            }
            catch (IOException)
            {
                // The thread ended between listing and reading.
            }
        }

        return list;
    }

    /// <summary>What each thread spent between two readings; a thread that started in between counts from zero.</summary>
    public static IEnumerable<ThreadStats> Delta(IReadOnlyList<ThreadStats> before, IReadOnlyList<ThreadStats> after)
    {
        var start = before.ToDictionary(t => t.Tid);
        foreach (var t in after)
        {
            var b = start.GetValueOrDefault(t.Tid);
            yield return t with { Ticks = t.Ticks - (b?.Ticks ?? 0), Voluntary = t.Voluntary - (b?.Voluntary ?? 0), Involuntary = t.Involuntary - (b?.Involuntary ?? 0) };
        }
    }
}
