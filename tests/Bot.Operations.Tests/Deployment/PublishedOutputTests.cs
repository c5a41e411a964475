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
            await using (var host = await HostProcess.StartAsync(dll: Path.Combine(output, "Bot.Host.dll")))
            {
                using var http = new HttpClient { BaseAddress = host.BaseAddress };
                using var ready = await http.GetAsync("/health/ready");
                Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
                Assert.Contains("\"content\"", await ready.Content.ReadAsStringAsync());
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/metrics")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/admin/login")).StatusCode); // the dashboard's pages are embedded
                Assert.Equal(HttpStatusCode.Forbidden, (await http.GetAsync("/admin")).StatusCode); // behind the sign-in, which is off without Admin:ApiKeys
            }

            await RunsWithItsFolderReadOnlyAndReloadsContentAsync(output);
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void TheDeployGuidesUnitLetsTheServiceWriteOnlyItsDataFolder()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deploy.md"));
        var data = System.Text.RegularExpressions.Regex.Match(guide, @"^Environment=.*\bData__Path=(\S+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        var writable = System.Text.RegularExpressions.Regex.Match(guide, @"^ReadWritePaths=(.+)$", System.Text.RegularExpressions.RegexOptions.Multiline);

        Assert.True(data.Success, "the unit sets no Data__Path");
        Assert.True(writable.Success, "the unit lists no ReadWritePaths");
        Assert.Contains("ProtectSystem=strict", guide, StringComparison.Ordinal);
        Assert.Equal([data.Groups[1].Value], writable.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("/opt/bot/app", writable.Groups[1].Value, StringComparison.Ordinal);
    }

    /// <summary>
    /// The deploy guide's unit (ProtectSystem=strict, only the data folder writable), reproduced: the app
    /// folder is mounted read-only, content is edited where editors keep it, and the reload still publishes.
    /// </summary>
    private static async Task RunsWithItsFolderReadOnlyAndReloadsContentAsync(string app)
    {
        var root = Directory.CreateTempSubdirectory("bot-readonly-").FullName;
        var before = Directory.GetFiles(app, "*", SearchOption.AllDirectories).Order().ToList();
        try
        {
            var content = Path.Combine(root, "content");
            var data = Path.Combine(root, "data");
            TestFolders.Copy(Path.Combine(app, "content"), content);
            IReadOnlyList<string> launcher;
            if (Environment.UserName == "root")
            {
                // root writes through file modes: a read-only bind mount in a private mount namespace instead.
                launcher = ["unshare", "--mount", "sh", "-c", $"mount --bind '{app}' '{app}' && mount -o remount,bind,ro '{app}' && exec \"$0\" \"$@\""];
            }
            else
            {
                launcher = [];
                SetReadOnly(app, readOnly: true);
            }

            await using var host = await HostProcess.StartAsync(
                launcher: launcher,
                dll: Path.Combine(app, "Bot.Host.dll"),
                environment: new Dictionary<string, string> { ["Content__Path"] = content, ["Data__Path"] = data, ["Content__PollSeconds"] = "1" });
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            var first = await http.GetStringAsync("/health/ready");

            var flow = Path.Combine(content, "flows", "eid.yaml");
            File.WriteAllText(flow, File.ReadAllText(flow).Replace("VNeID electronic ID account", "VNeID electronic ID account (e-ID)", StringComparison.Ordinal));
            var deadline = DateTime.UtcNow.AddSeconds(30);
            var now = first;
            while (now == first && DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
                now = await http.GetStringAsync("/health/ready");
            }

            Assert.True(now != first, "the edit was not published within 30 s:\n" + string.Join("\n", host.Output.TakeLast(20)));
            Assert.DoesNotContain(host.Output, line => line.Contains("Read-only file system", StringComparison.Ordinal) || line.Contains("Access to the path", StringComparison.Ordinal));
            Assert.NotEmpty(Directory.GetDirectories(Path.Combine(data, "content-versions"))); // the kept versions live in the data folder
            Assert.Equal(before, Directory.GetFiles(app, "*", SearchOption.AllDirectories).Order().ToList());
        }
        finally
        {
            SetReadOnly(app, readOnly: false);
            Directory.Delete(root, recursive: true);
        }
    }

    private static void SetReadOnly(string folder, bool readOnly)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // the deployment target is Linux; Windows has no Unix modes
        }

        foreach (var directory in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
        {
            var mode = File.GetUnixFileMode(directory);
            File.SetUnixFileMode(directory, readOnly ? mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite) : mode | UnixFileMode.UserWrite);
        }
    }
}
