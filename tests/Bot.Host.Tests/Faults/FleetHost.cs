using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Testing.Content;
using Bot.Host.Tests.Support;

namespace Bot.Host.Tests.Faults;

/// <summary>
/// One real bot process (<c>dotnet Bot.Host.dll</c>) over its own copy of the shipped content, with an
/// editor and an officer key, sharing a Redis with its fleet: how an operator runs it.
/// </summary>
internal sealed class FleetHost : IAsyncDisposable
{
    public const string OfficerKey = "an-officer-key-for-fault-tests-0123456789";
    public const string ApproverKey = "an-approver-key-for-fault-tests-0123456789";

    private FleetHost(ContentSandbox sandbox, HostProcess process)
    {
        Sandbox = sandbox;
        Process = process;
        Http = new HttpClient { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public ContentSandbox Sandbox { get; }

    public HostProcess Process { get; }

    public HttpClient Http { get; }

    /// <summary>Starts a host whose Redis is at <paramref name="redisEndpoint"/> (listening or not).</summary>
    public static async Task<FleetHost> StartAsync(string redisEndpoint, IReadOnlyDictionary<string, string>? extra = null)
    {
        var sandbox = new ContentSandbox();
        var environment = new Dictionary<string, string>
        {
            ["Redis__ConnectionString"] = redisEndpoint, // as an operator writes it: host:port, nothing more
            ["Content__Path"] = sandbox.Folder,
            ["Content__VersionsPath"] = sandbox.Versions,
            ["Content__DebounceMilliseconds"] = "50",
            ["Content__PollSeconds"] = "1",
            ["Fraud__DigestEnabled"] = "false",
            ["Admin__ApiKeys__0__Name"] = "content-team",
            ["Admin__ApiKeys__0__Sha256"] = AdminKeys.Sha256(AdminKeys.Editor),
            ["Admin__ApiKeys__0__Role"] = "editor",
            ["Admin__ApiKeys__1__Name"] = "scam-desk",
            ["Admin__ApiKeys__1__Sha256"] = AdminKeys.Sha256(OfficerKey),
            ["Admin__ApiKeys__1__Role"] = "officer",
            ["Admin__ApiKeys__1__Areas__0"] = "*",
            ["Admin__ApiKeys__2__Name"] = "duty-chief",
            ["Admin__ApiKeys__2__Sha256"] = AdminKeys.Sha256(ApproverKey),
            ["Admin__ApiKeys__2__Role"] = "approver",
            ["Admin__ApiKeys__2__Areas__0"] = "*",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        try
        {
            return new FleetHost(sandbox, await HostProcess.StartAsync(environment: environment));
        }
        catch
        {
            sandbox.Dispose();
            throw;
        }
    }

    public async Task<HttpResponseMessage> SayAsync(string conversation, string text) =>
        await Http.PostAsJsonAsync($"/api/webchat/{conversation}/messages", new { text });

    public async Task<JsonElement> ContentStatusAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/admin/content");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKeys.Editor);
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<string> ContentVersionAsync() => (await ContentStatusAsync()).GetProperty("version").GetString()!;

    public Task<HttpResponseMessage> AsOfficerAsync(HttpMethod method, string path, object? body = null) => WithKeyAsync(OfficerKey, method, path, body);

    public Task<HttpResponseMessage> AsApproverAsync(HttpMethod method, string path, object? body = null) => WithKeyAsync(ApproverKey, method, path, body);

    private async Task<HttpResponseMessage> WithKeyAsync(string key, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Http.SendAsync(request);
    }

    /// <summary>Retries <paramref name="check"/> until it holds; fails with <paramref name="what"/> and the host's last log lines.</summary>
    public async Task EventuallyAsync(Func<Task<bool>> check, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await check())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not answering this moment
            }

            await Task.Delay(250);
        }

        Assert.Fail($"{what} did not happen within {seconds} s. Last log lines:\n{string.Join("\n", Process.Output.TakeLast(30))}");
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Process.DisposeAsync();
        Sandbox.Dispose();
    }
}
