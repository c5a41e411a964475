using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Admin;

/// <summary>Finds the holder of a presented admin key; the one check every admin route uses.</summary>
/// <remarks>
/// The presented key is hashed and compared with every configured hash in constant time
/// (<see cref="CryptographicOperations.FixedTimeEquals"/>) without stopping at the first match,
/// so timing reveals neither which key nor how much of it matched. The keys are read from the
/// configuration as it is now: a key removed from <c>Admin:ApiKeys</c> (e.g. in appsettings.json,
/// which is watched) stops working, and ends its dashboard sessions, at once.
/// </remarks>
public sealed class AdminKeyAuthenticator
{
    private const int MaxKeyLength = 512;
    private readonly IOptionsMonitor<AdminKeyOptions> _options;
    private readonly ILogger _logger;
    private Table _table;

    public AdminKeyAuthenticator(IOptionsMonitor<AdminKeyOptions> options, ILogger<AdminKeyAuthenticator>? logger = null)
    {
        _options = options;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _table = Table.From(options.CurrentValue); // validated at start (AdminKeyOptionsValidator), so every hash parses
    }

    /// <summary>An authenticator over a fixed list (tools and tests).</summary>
    public AdminKeyAuthenticator(IOptions<AdminKeyOptions> options)
        : this(new FixedMonitor(options.Value))
    {
    }

    /// <summary>True when at least one key is configured.</summary>
    public bool HasKeys => Current.Keys.Length > 0;

    /// <summary>The holder of the key in an <c>Authorization: Bearer &lt;key&gt;</c> header value, or null.</summary>
    public AdminApiKey? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        return authorization is not null && authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            ? Find(authorization[scheme.Length..].Trim())
            : null;
    }

    /// <summary>The holder of <paramref name="presentedKey"/> (the key itself, e.g. typed into a sign-in form), or null.</summary>
    public AdminApiKey? Find(string? presentedKey)
    {
        if (string.IsNullOrEmpty(presentedKey) || presentedKey.Length > MaxKeyLength)
        {
            return null;
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        AdminApiKey? found = null;
        foreach (var (key, hash) in Current.Keys)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, hash) && found is null)
            {
                found = key;
            }
        }

        return found;
    }

    /// <summary>The key configured now under <paramref name="name"/>, with the fingerprint of its hash; null when it is gone.</summary>
    public (AdminApiKey Key, string Fingerprint)? FindByName(string name) =>
        Current.Keys.FirstOrDefault(k => k.Key.Name == name) is { Key: not null } entry ? (entry.Key, Fingerprint(entry.Key)) : null;

    /// <summary>A short fingerprint of a key's configured hash (not of the key): a session made with an older key of the same name ends.</summary>
    public static string Fingerprint(AdminApiKey key) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes("session-key\n" + key.Sha256.ToLowerInvariant())))[..16];

    private Table Current
    {
        get
        {
            AdminKeyOptions options;
            try
            {
                options = _options.CurrentValue;
            }
            catch (OptionsValidationException ex)
            {
                // A broken edit of the key list keeps the last good list rather than opening or closing everything.
                _logger.LogError(ex, "Admin:ApiKeys changed to something invalid; the previous keys stay in force until it is fixed");
                return Volatile.Read(ref _table);
            }

            var table = Volatile.Read(ref _table);
            if (!ReferenceEquals(table.Options, options))
            {
                table = Table.From(options);
                Volatile.Write(ref _table, table);
            }

            return table;
        }
    }

    private sealed record Table(AdminKeyOptions Options, (AdminApiKey Key, byte[] Hash)[] Keys)
    {
        public static Table From(AdminKeyOptions options) => new(options, options.ApiKeys.Select(k => (k, Convert.FromHexString(k.Sha256))).ToArray());
    }

    private sealed class FixedMonitor(AdminKeyOptions value) : IOptionsMonitor<AdminKeyOptions>
    {
        public AdminKeyOptions CurrentValue => value;

        public AdminKeyOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<AdminKeyOptions, string?> listener) => null;
    }
}
