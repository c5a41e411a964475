using System.Text.RegularExpressions;

namespace Bot.Channels.Telegram.Qr;

/// <summary><c>https://t.me/&lt;bot&gt;?start=&lt;payload&gt;</c> links that open a flow (or one of its steps) directly.</summary>
/// <remarks>
/// The resident's app sends "/start &lt;payload&gt;" after START is pressed; the engine reads "eid" as
/// the flow and "eid__activate" as a step of it. Telegram allows 1–64 characters of A–Z a–z 0–9 _ -.
/// </remarks>
public static partial class DeepLinks
{
    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex PayloadPattern();

    /// <summary>The start payload for a flow or a step, or null if it cannot be a Telegram start payload.</summary>
    public static string? Payload(string flowId, string? nodeId = null)
    {
        var payload = nodeId is null ? flowId : flowId + "__" + nodeId;
        return PayloadPattern().IsMatch(payload) ? payload : null;
    }

    /// <summary>The deep link for <paramref name="payload"/> to <paramref name="botUsername"/>.</summary>
    public static string Link(string botUsername, string payload) =>
        $"https://t.me/{Uri.EscapeDataString(botUsername.TrimStart('@'))}?start={payload}";
}
