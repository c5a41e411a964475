namespace Bot.Host.Content;

/// <summary>Admin API settings (section <c>Admin</c>).</summary>
public sealed class AdminOptions
{
    /// <summary>
    /// Hex SHA-256 of the bearer key for <c>/api/admin/content</c>; empty turns the endpoints off.
    /// Make one: <c>key=$(openssl rand -hex 32); printf %s "$key" | sha256sum</c>.
    /// </summary>
    public string ContentKeySha256 { get; set; } = "";

    /// <summary>The configured hash as bytes, or null when unset.</summary>
    public byte[]? KeyHash() =>
        string.IsNullOrWhiteSpace(ContentKeySha256) ? null : Convert.FromHexString(ContentKeySha256.Trim());

    /// <summary>True when the setting is empty or 64 hex digits.</summary>
    public bool IsValid() =>
        string.IsNullOrWhiteSpace(ContentKeySha256) ||
        (ContentKeySha256.Trim().Length == 64 && ContentKeySha256.Trim().All(Uri.IsHexDigit));
}
