namespace Bot.Fraud.Web;

/// <summary>Settings of the scam check (section <c>Fraud</c>).</summary>
public sealed class FraudOptions
{
    /// <summary>Folder with rules.yaml, lists.yaml and messages.yaml; empty means "fraud/" inside the content folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>
    /// Hex SHA-256 of the officers' API key (<c>printf %s "$KEY" | sha256sum</c>). Empty turns the
    /// officers' endpoints off. Only the hash is configured, so the key itself is never on disk.
    /// </summary>
    public string AdminKeySha256 { get; set; } = "";

    /// <summary>Most reports one request returns.</summary>
    public int MaxReportsPerRequest { get; set; } = 1_000;
}
