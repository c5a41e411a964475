using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bot.Broadcasts.Hosting;
using Bot.Broadcasts.Redis;
using Bot.Broadcasts.Testing;
using Bot.Dialogs.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Broadcasts.Tests;

public sealed class AdminApiTests
{
    private const string AuthorKey = "author-key-6f1c2b";
    private const string ApproverKey = "approver-key-9d8e7f";
    private const string OtherProvinceKey = "hcm-key-123abc";

    [Fact]
    public async Task MissingOrWrongKeyIs401WithAProblemBody()
    {
        await using var api = await ApiAsync();

        using var none = await api.Client.GetAsync("api/admin/broadcasts/abcdefghjk");
        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType!.MediaType);

        using var wrong = await Send(api, HttpMethod.Post, "api/admin/broadcasts", "not-a-key", new { areas = new[] { "ha-noi" }, topic = "scam", text = "x" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
    }

    [Fact]
    public async Task CreateApproveAndReadFollowTheTwoPersonRule()
    {
        await using var api = await ApiAsync();
        await api.Rig.SubscribeManyAsync(10, "ha-noi.hoan-kiem");

        using var created = await Send(api, HttpMethod.Post, "api/admin/broadcasts", AuthorKey,
            new { areas = new[] { "ha-noi.hoan-kiem" }, topic = "scam", urgent = true, text = "Cảnh giác cuộc gọi giả danh công an." });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetString()!;
        Assert.Equal("pending_approval", body.GetProperty("status").GetString());

        using var self = await Send(api, HttpMethod.Post, $"api/admin/broadcasts/{id}/approve", AuthorKey);
        Assert.Equal(HttpStatusCode.Forbidden, self.StatusCode);
        Assert.Contains("Self-approval", await self.Content.ReadAsStringAsync());

        using var outside = await Send(api, HttpMethod.Post, $"api/admin/broadcasts/{id}/approve", OtherProvinceKey);
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        using var approved = await Send(api, HttpMethod.Post, $"api/admin/broadcasts/{id}/approve", ApproverKey);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);

        await Eventually.HoldsAsync(async () =>
        {
            using var read = await Send(api, HttpMethod.Get, $"api/admin/broadcasts/{id}", AuthorKey);
            var status = await read.Content.ReadFromJsonAsync<JsonElement>();
            return status.GetProperty("status").GetString() == "done" && status.GetProperty("counts").GetProperty("sent").GetInt64() == 10;
        }, "the status reads done with 10 sent");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"areas\":[\"ha-noi\"],\"topic\":\"scam\",\"text\":\"\"}")]
    [InlineData("{\"areas\":[\"ha-noi\"],\"topic\":\"lottery\",\"text\":\"x\"}")]
    [InlineData("{\"areas\":[\"nowhere\"],\"topic\":\"scam\",\"text\":\"x\"}")]
    [InlineData("{\"areas\":\"ha-noi\",\"topic\":\"scam\",\"text\":\"x\"}")]
    [InlineData("{\"areas\":[\"ha-noi\"],\"topic\":\"scam\",\"text\":\"Vào vneid-update.com\"}")]
    [InlineData("{\"areas\":[\"ha-noi\"],\"topic\":\"scam\",\"text\":\"x\",\"extra\":1}")]
    public async Task BadInputIs400WithAProblemBody(string json)
    {
        await using var api = await ApiAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/admin/broadcasts") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AuthorKey);

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task OutOfScopeCreateIs403AndUnknownIdIs404()
    {
        await using var api = await ApiAsync();
        using var outside = await Send(api, HttpMethod.Post, "api/admin/broadcasts", OtherProvinceKey,
            new { areas = new[] { "ha-noi.hoan-kiem" }, topic = "scam", text = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);

        using var unknown = await Send(api, HttpMethod.Get, "api/admin/broadcasts/zzzzzzzzzz", AuthorKey);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static Task<HttpResponseMessage> Send(Api api, HttpMethod method, string path, string key, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return api.Client.SendAsync(request);
    }

    private static async Task<Api> ApiAsync()
    {
        var rig = await BroadcastRig.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Redis:ConnectionString"] = rig.Redis.ConnectionString,
            ["Broadcasts:AreasFile"] = Path.Combine(RepositoryPaths.RealContent, "areas.yaml"),
            ["Broadcasts:DeliveryEnabled"] = "false",
        };
        var keys = AdminKeySettings.For(0, "author", AuthorKey, "approver", "ha-noi") // an approver too: the rule is about authorship
            .Concat(AdminKeySettings.For(1, "approver", ApproverKey, "approver", "ha-noi"))
            .Concat(AdminKeySettings.For(2, "hcm", OtherProvinceKey, "approver", "ho-chi-minh"));
        try
        {
            var (app, baseUrl) = await LoopbackServer.StartAsync(
                builder =>
                {
                    builder.Configuration.AddInMemoryCollection(settings.Concat(keys));
                    builder.Services.AddBroadcasts(builder.Configuration).AddBroadcastsRedis(builder.Configuration);
                    builder.Services.AddSingleton<IChannelMessenger>(_ => new HttpChannelMessenger(new HttpClient { BaseAddress = rig.Platform.BaseAddress }));
                },
                app =>
                {
                    app.UseAuthentication();
                    app.UseAuthorization();
                    app.MapBroadcasts();
                });
            return new Api(rig, app, new HttpClient { BaseAddress = new Uri(baseUrl + "/") });
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    private sealed record Api(BroadcastRig Rig, WebApplication App, HttpClient Client) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.StopAsync();
            await App.DisposeAsync();
            await Rig.DisposeAsync();
        }
    }
}
