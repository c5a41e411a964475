using Microsoft.Extensions.Configuration;

namespace Bot.Host.Tests.Support;

/// <summary>A configuration source the test edits while the host runs, as an operator edits appsettings.json (which is watched).</summary>
internal sealed class MutableConfiguration : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <summary>Removes every setting under <paramref name="prefix"/> and tells the host the configuration changed.</summary>
    public void RemoveAll(string prefix)
    {
        foreach (var key in Data.Keys.Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList())
        {
            Data.Remove(key);
        }

        OnReload();
    }
}
