namespace Bot.Broadcasts.Web;

/// <summary>Admin API settings (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>The API clients; empty means the admin API answers 401 to everyone.</summary>
    public List<AdminApiKey> ApiKeys { get; set; } = [];
}
