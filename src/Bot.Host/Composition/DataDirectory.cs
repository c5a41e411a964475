namespace Bot.Host.Composition;

/// <summary>
/// The one folder the app writes to (section <c>Data</c>, key <c>Path</c>): kept content versions and the
/// Zalo token file. Never the app's own folder, so the service can run with it read-only
/// (<c>ProtectSystem=strict</c>); <c>ReadWritePaths=</c> in the systemd unit names this folder.
/// </summary>
public static class DataDirectory
{
    public const string Key = "Data:Path";

    /// <summary>
    /// <c>Data:Path</c>; else systemd's <c>STATE_DIRECTORY</c> (from <c>StateDirectory=</c>); else
    /// <c>~/.local/share/citizen-guidance-bot</c> (the user's data folder on Linux); else the system temp folder.
    /// </summary>
    public static string Resolve(IConfiguration configuration)
    {
        if (configuration[Key] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        if (Environment.GetEnvironmentVariable("STATE_DIRECTORY") is { Length: > 0 } state)
        {
            return state.Split(':')[0];
        }

        var user = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(string.IsNullOrEmpty(user) ? Path.GetTempPath() : user, "citizen-guidance-bot");
    }

    /// <summary>
    /// Points the writable files that are not set explicitly into the data folder:
    /// <c>Content:VersionsPath</c> → DATA/content-versions, <c>Zalo:OA:TokenStorePath</c> → DATA/zalo-oa-tokens.json.
    /// </summary>
    public static string ApplyDefaults(IConfiguration configuration)
    {
        var data = Resolve(configuration);
        SetIfEmpty(configuration, "Content:VersionsPath", Path.Combine(data, "content-versions"));
        SetIfEmpty(configuration, "Zalo:OA:TokenStorePath", Path.Combine(data, "zalo-oa-tokens.json"));
        return data;
    }

    private static void SetIfEmpty(IConfiguration configuration, string key, string value)
    {
        if (string.IsNullOrWhiteSpace(configuration[key]))
        {
            configuration[key] = value;
        }
    }
}
