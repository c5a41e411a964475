namespace Bot.Content.Hosting;

/// <summary>The outcome of one reload attempt.</summary>
/// <param name="Swapped">True when a new version went live.</param>
/// <param name="Version">The version in force afterwards.</param>
/// <param name="Errors">Why the folder was refused (empty when it was not).</param>
public sealed record ReloadResult(bool Swapped, string Version, IReadOnlyList<string> Errors)
{
    public bool Refused => Errors.Count > 0;
}
