namespace Bot.Testing.Content;

/// <summary>
/// The broken saves an editor (or a failing disk) can produce, applied to a <see cref="ContentSandbox"/>:
/// the hot reload must refuse each with file:line and keep the running version.
/// </summary>
public static class BrokenSaves
{
    /// <summary>Every kind, by name.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "bracket prepended", "tab indentation", "empty file", "binary junk", "truncated", "invalid UTF-8",
        "control character", "huge file", "deeply nested", "file gone while read",
    ];

    /// <summary>The kinds as theory data (xunit's MemberData).</summary>
    public static IEnumerable<object[]> Kinds() => Names.Select(n => new object[] { n });

    /// <summary>Applies the broken save <paramref name="kind"/> to the sandbox's content.</summary>
    public static void Apply(ContentSandbox sandbox, string kind)
    {
        var eid = sandbox.EidPath;
        var original = File.ReadAllBytes(eid);
        switch (kind)
        {
            case "bracket prepended": // YamlDotNet's scanner throws InvalidOperationException here, not a YamlException
                File.WriteAllBytes(eid, [.. "zz: ["u8, (byte)'\n', .. original]);
                break;
            case "tab indentation":
                File.WriteAllText(eid, File.ReadAllText(eid).Replace("\n  - id: ", "\n\t- id: ", StringComparison.Ordinal));
                break;
            case "empty file":
                File.WriteAllBytes(eid, []);
                break;
            case "binary junk":
                var junk = new byte[4096];
                new Random(16).NextBytes(junk);
                File.WriteAllBytes(eid, junk);
                break;
            case "truncated": // a save cut off half-way (disk full, a copy interrupted)
                File.WriteAllBytes(eid, original[..(original.Length * 3 / 5)]);
                break;
            case "invalid UTF-8": // a Latin-1 editor saved one line
                File.WriteAllBytes(eid, Replace(original, "Bạn cần gì?"u8.ToArray(), [0x42, 0xE1, 0xBA, 0x28, 0x6E]));
                break;
            case "control character":
                File.WriteAllBytes(eid, Replace(original, "Bạn cần gì?"u8.ToArray(), [.. "Bạn"u8, 0x00, .. " cần gì?"u8]));
                break;
            case "huge file": // 2 MB: larger than any dialog script should be
                File.AppendAllText(eid, string.Concat(Enumerable.Repeat("# " + new string('x', 98) + "\n", 20_000)));
                break;
            case "deeply nested": // would overflow the YAML library's recursion and end the process if it reached it
                File.WriteAllText(eid, "id: eid\nnodes: " + new string('[', 100_000) + "\n");
                break;
            case "file gone while read": // listed, then gone before it was read: a dangling link behaves exactly so
                File.CreateSymbolicLink(Path.Combine(sandbox.Folder, "flows", "ghost.yaml"), Path.Combine(sandbox.Root, "deleted.yaml"));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    private static byte[] Replace(byte[] bytes, byte[] find, byte[] with)
    {
        var at = bytes.AsSpan().IndexOf(find);
        if (at < 0)
        {
            throw new InvalidOperationException("the shipped eid.yaml no longer has the text this test breaks");
        }

        return [.. bytes[..at], .. with, .. bytes[(at + find.Length)..]];
    }
}
