using System.Security.Cryptography;
using System.Text;

namespace Bot.Operations.Tests.Support;

/// <summary>The keys and settings the tests sign in with.</summary>
public static class TestKeys
{
    public const string OfficerKey = "officer-key-for-tests-0123456789abcdef";
    public const string LinkSigningKey = "link-signing-key-for-tests-only-0123456789";
    public const string OfficerChatId = "officer-chat";

    public static string Sha256Hex(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    /// <summary>Admin settings: one API key holder and one officer who chats with the bot on Telegram.</summary>
    public static Dictionary<string, string?> AdminSettings(string publicBaseUrl = "http://127.0.0.1") => new()
    {
        ["Admin:ApiKeys:0:Name"] = "Cán bộ Lan",
        ["Admin:ApiKeys:0:Sha256"] = Sha256Hex(OfficerKey),
        ["Admin:ApiKeys:0:Role"] = "officer",
        ["Admin:ApiKeys:0:Areas:0"] = "Phường Ba Đình",
        ["Admin:LinkSigningKey"] = LinkSigningKey,
        ["Admin:PublicBaseUrl"] = publicBaseUrl,
        ["Admin:Officers:0:Id"] = "officer-1",
        ["Admin:Officers:0:Name"] = "Cán bộ Minh",
        ["Admin:Officers:0:Channel"] = "telegram",
        ["Admin:Officers:0:ChatId"] = OfficerChatId,
        ["Admin:Officers:0:Role"] = "officer",
    };
}
