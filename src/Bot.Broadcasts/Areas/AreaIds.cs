using System.Text.RegularExpressions;

namespace Bot.Broadcasts.Areas;

/// <summary>The shape of area ids (they travel inside 64-byte button payloads and Redis keys).</summary>
public static partial class AreaIds
{
    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,39}$")]
    private static partial Regex Pattern();

    /// <summary>True when <paramref name="id"/> is a well-formed area id.</summary>
    public static bool IsValid(string id) => Pattern().IsMatch(id);
}
