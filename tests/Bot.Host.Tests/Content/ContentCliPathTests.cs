using System.Diagnostics;
using System.Reflection;
using Bot.Testing;

namespace Bot.Host.Tests.Content;

/// <summary>
/// The commands exactly as an editor types them in a terminal: paths are read from where the editor is,
/// and a command that picks a folder by itself says which one.
/// </summary>
public sealed class ContentCliPathTests
{
    private static readonly string Configuration =
        typeof(ContentCliPathTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    [Fact]
    public async Task ValidateFromTheRepositoryRootReadsTheFolderNamedThere()
    {
        var (code, output, error) = await RunAsync(RepositoryPaths.Root,
            "run", "--no-build", "-c", Configuration, "--project", Path.Combine("src", "Bot.Host"), "--", "content", "validate", "content", "--lang", "en");

        Assert.True(code == 0, output + error);
        Assert.Contains($"content in {RepositoryPaths.RealContent}: OK, version ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateElsewhereWithoutAFolderSaysWhichFolderItChecks()
    {
        var elsewhere = Directory.CreateTempSubdirectory("editor-home-").FullName;
        try
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");
            var (code, output, error) = await RunAsync(elsewhere, dll, "content", "validate", "--lang", "en");

            Assert.True(code == 0, output + error);
            Assert.Contains($"using the content folder {RepositoryPaths.RealContent} (found beside the app, not in your current folder)", error, StringComparison.Ordinal);
            Assert.Contains("content validate FOLDER", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    [Fact]
    public async Task ARelativeFolderIsReadFromTheCurrentDirectory()
    {
        var elsewhere = Directory.CreateTempSubdirectory("editor-home-").FullName;
        try
        {
            var copy = Path.Combine(elsewhere, "my-draft");
            TestFolders.Copy(RepositoryPaths.RealContent, copy);
            var dll = Path.Combine(AppContext.BaseDirectory, "Bot.Host.dll");

            var (code, output, error) = await RunAsync(elsewhere, dll, "content", "validate", "my-draft", "--lang", "en");

            Assert.True(code == 0, output + error);
            Assert.Contains($"content in {copy}: OK", output, StringComparison.Ordinal);
            Assert.DoesNotContain("using the content folder", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("Content__Path");
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
