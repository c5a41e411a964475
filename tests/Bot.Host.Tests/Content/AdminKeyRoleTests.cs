using System.Net;
using Bot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>One admin key scheme (Admin:ApiKeys) for every admin API; each role opens its own doors.</summary>
public sealed class AdminKeyRoleTests
{
    private static WebApplicationFactory<Program> Host(ContentSandbox sandbox, Action<IWebHostBuilder>? keys = null) =>
        ContentHost.Over(sandbox, web =>
        {
            web.PublishingOnRequestOnly();
            if (keys is null)
            {
                web.UseAdminKey(0, "content-editor", AdminKeys.Editor, "editor");
                web.UseAdminKey(1, "ward-approver", AdminKeys.Approver, "approver", "*");
            }
            else
            {
                keys(web);
            }
        });

    [Fact]
    public async Task WithAnEditorKeyTheHostStartsAndTheEditorReachesContentAdminButNotBroadcastsOrScamReports()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        var approver = host.CreateClient().WithKey(AdminKeys.Approver);

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/admin/content")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/api/admin/broadcasts/any-id/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/fraud/reports")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await approver.GetAsync("/api/admin/content")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.GetAsync("/api/fraud/reports")).StatusCode);
    }

    [Fact]
    public async Task AWrongKeyIsAskedForAKeyWithoutSayingWhichKeysExist()
    {
        using var sandbox = new ContentSandbox();
        await using var host = Host(sandbox);
        var stranger = host.CreateClient().WithKey(AdminKeys.Editor + "x");

        var response = await stranger.GetAsync("/api/admin/content");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("content-editor", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("edtor", null, "Admin:ApiKeys:0:Role must be one of officer, approver, admin, editor")]
    [InlineData("officer", null, "Admin:ApiKeys:0:Areas must list at least one area")]
    [InlineData("editor", "not-a-hash", "Admin:ApiKeys:0:Sha256 must be the 64 hex characters")]
    public void AMisconfiguredKeyStopsTheStartSayingWhatToSet(string role, string? sha256, string expected)
    {
        using var sandbox = new ContentSandbox();
        using var host = Host(sandbox, web =>
        {
            web.UseAdminKey(0, "someone", AdminKeys.Editor, role);
            if (sha256 is not null)
            {
                web.UseSetting("Admin:ApiKeys:0:Sha256", sha256);
            }
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoKeysWithOneNameStopTheStart()
    {
        using var sandbox = new ContentSandbox();
        using var host = Host(sandbox, web =>
        {
            web.UseAdminKey(0, "same", AdminKeys.Editor, "editor");
            web.UseAdminKey(1, "same", AdminKeys.Approver, "approver", "*");
        });

        var error = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("Admin:ApiKeys:1:Name 'same' is used twice", error.ToString(), StringComparison.Ordinal);
    }
}
