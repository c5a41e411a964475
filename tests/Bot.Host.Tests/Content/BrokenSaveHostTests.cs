using Bot.Host.Tests.Support;
using Bot.Testing.WebChat;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Host.Tests.Content;

/// <summary>The real host with its folder watcher: a broken save never stops it, and the editor sees why it was refused.</summary>
public sealed class BrokenSaveHostTests
{
    [Theory]
    [InlineData("bracket prepended")]
    [InlineData("binary junk")]
    [InlineData("deeply nested")]
    public async Task TheHostKeepsAnsweringOnTheLastGoodVersionAndShowsTheErrorToTheEditor(string kind)
    {
        using var sandbox = new ContentSandbox();
        var log = new LogCapture();
        await using var host = ContentHost.Over(sandbox, web => web.PublishingSavesAtOnce()
            .UseAdminKey(0, "content-editor", AdminKeys.Editor, "editor")
            .ConfigureLogging(l => l.AddProvider(log)));
        var editor = host.CreateClient().WithKey(AdminKeys.Editor);
        var good = await ContentHost.VersionAsync(editor);

        BrokenSaves.Apply(sandbox, kind); // the watcher notices the save, not a reload request

        var status = await ContentHost.WaitForRefusalAsync(editor);
        Assert.Equal(good, status.GetProperty("version").GetString());
        var errors = status.GetProperty("lastError").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains(errors, e => e.StartsWith("flows/eid.yaml:", StringComparison.Ordinal) && e.Contains(": error: ", StringComparison.Ordinal));
        Assert.True(log.Contains(LogLevel.Warning, "Content edit refused"), log.ToString());
        Assert.Contains(log.Lines, l => l.Text.Contains(errors[0], StringComparison.Ordinal));

        var resident = new WebChatClient(host.CreateClient(), "after-broken-save");
        var answer = await resident.SendTextAsync("kich hoat vneid");
        Assert.Equal("eid", answer.GetProperty("flow").GetString());
        Assert.False(host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
