using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace Bot.Host.Tests.Support;

/// <summary>Admin keys for tests: the key, its configured SHA-256 and a client that sends it.</summary>
internal static class AdminKeys
{
    public const string Editor = "an-editor-key-for-tests-only-0123456789abcdef";
    public const string Approver = "an-approver-key-for-tests-only-0123456789abcdef";

    public static string Sha256(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Configures <c>Admin:ApiKeys:{index}</c>.</summary>
    public static IWebHostBuilder UseAdminKey(this IWebHostBuilder web, int index, string name, string key, string role, string? area = null)
    {
        web.UseSetting($"Admin:ApiKeys:{index}:Name", name);
        web.UseSetting($"Admin:ApiKeys:{index}:Sha256", Sha256(key));
        web.UseSetting($"Admin:ApiKeys:{index}:Role", role);
        if (area is not null)
        {
            web.UseSetting($"Admin:ApiKeys:{index}:Areas:0", area);
        }

        return web;
    }

    /// <summary><paramref name="client"/> sending <c>Authorization: Bearer {key}</c>.</summary>
    public static HttpClient WithKey(this HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }
}
