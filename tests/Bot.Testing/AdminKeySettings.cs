using System.Security.Cryptography;
using System.Text;

namespace Bot.Testing;

/// <summary>Admin API keys as an operator configures them: a name, the key's SHA-256 (never the key), a role and areas.</summary>
public static class AdminKeySettings
{
    /// <summary>The key's SHA-256 in lower-case hex, as <c>Admin:ApiKeys:{i}:Sha256</c> holds it.</summary>
    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The <c>Admin:ApiKeys:{index}:…</c> settings of one key holder.</summary>
    public static Dictionary<string, string?> For(int index, string name, string key, string role, params string[] areas)
    {
        var settings = new Dictionary<string, string?>
        {
            [$"Admin:ApiKeys:{index}:Name"] = name,
            [$"Admin:ApiKeys:{index}:Sha256"] = Sha256(key),
            [$"Admin:ApiKeys:{index}:Role"] = role,
        };
        for (var i = 0; i < areas.Length; i++)
        {
            settings[$"Admin:ApiKeys:{index}:Areas:{i}"] = areas[i];
        }

        return settings;
    }
}
