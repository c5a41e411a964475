using System.Diagnostics;
using System.Net;
using Bot.Operations.Tests.Support;

namespace Bot.Operations.Tests.Deployment;

public class PublishedOutputTests
{
    [Fact]
    public async Task ThePublishedFolderStartsOnItsOwnAndIsReady()
    {
        var output = Path.Combine(Path.GetTempPath(), "bot-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            var info = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "Bot.Host"), "-c", "Release", "-o", output, "-nologo"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepositoryPaths.Root,
            };
            using (var publish = Process.Start(info)!)
            {
                var stdout = publish.StandardOutput.ReadToEndAsync();
                var stderr = publish.StandardError.ReadToEndAsync();
                await publish.WaitForExitAsync();
                Assert.True(publish.ExitCode == 0, "dotnet publish failed:\n" + await stdout + await stderr);
            }

            Assert.True(File.Exists(Path.Combine(output, "content", "bot.yaml")), "content/ was not published next to the app");

            // No Content__Path: the published folder must find its own content.
            await using var host = await HostProcess.StartAsync(dll: Path.Combine(output, "Bot.Host.dll"));
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            using var ready = await http.GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("\"content\"", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/metrics")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin/login")).StatusCode); // the dashboard's pages are embedded
            Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/admin")).StatusCode); // behind the sign-in, which is off without Admin:ApiKeys
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
