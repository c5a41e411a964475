namespace Bot.Operations.Dashboard;

/// <summary>One entry of <c>Admin:Officers</c>: a chat that may ask the bot for a dashboard link.</summary>
public sealed class OfficerEntry
{
    /// <summary>Stable id, carried in signed links (not a phone number).</summary>
    public string Id { get; set; } = "";

    /// <summary>Shown on the dashboard.</summary>
    public string Name { get; set; } = "";

    /// <summary>Channel name as in conversation keys: telegram, zalo-oa, zalo-bot (never web: its ids are chosen by the browser).</summary>
    public string Channel { get; set; } = "";

    /// <summary>The platform chat id of the officer's private chat with the bot.</summary>
    public string ChatId { get; set; } = "";

    public string Role { get; set; } = "officer";
}
