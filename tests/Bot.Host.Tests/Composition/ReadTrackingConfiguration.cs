using Microsoft.Extensions.Configuration;

namespace Bot.Host.Tests.Composition;

/// <summary>
/// A configuration source that holds no values but records every key the code asks for, and who was
/// asking (set <see cref="Reader"/> before each step). It answers "which children does this section
/// have?" with the documented keys, so the options binder walks into every documented section and
/// reads each property there, without converting a single value.
/// </summary>
public sealed class ReadTrackingConfiguration(IEnumerable<string> documentedKeys) : IConfigurationSource
{
    private readonly string[] _documented = documentedKeys.ToArray();
    private readonly List<(string Reader, string Key)> _reads = [];

    /// <summary>Who reads from now on: "registration", or an options type's name.</summary>
    public string Reader { get; set; } = "registration";

    /// <summary>Every key asked for (a value, or a section's children), with who asked.</summary>
    public IReadOnlyList<(string Reader, string Key)> Reads
    {
        get
        {
            lock (_reads)
            {
                return _reads.ToList();
            }
        }
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this);

    private void Record(string key)
    {
        lock (_reads)
        {
            _reads.Add((Reader, key));
        }
    }

    private sealed class Provider(ReadTrackingConfiguration owner) : ConfigurationProvider
    {
        public override bool TryGet(string key, out string? value)
        {
            owner.Record(key);
            value = null;
            return false;
        }

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            if (parentPath is not null)
            {
                owner.Record(parentPath);
            }

            var prefix = parentPath is null ? "" : parentPath + ConfigurationPath.KeyDelimiter;
            var children = owner._documented
                .Where(k => k.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && k.Length > prefix.Length)
                .Select(k => k[prefix.Length..].Split(ConfigurationPath.KeyDelimiter)[0]);
            return earlierKeys.Concat(children).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase);
        }
    }
}
