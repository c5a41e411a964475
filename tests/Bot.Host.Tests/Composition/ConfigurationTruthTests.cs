using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Bot.Host.Composition;
using Bot.Host.Supervision;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Bot.Host.Tests.Composition;

/// <summary>
/// Configuration tells the truth: every setting README.md and docs/deploy.md name is read by the bot.
/// The host's own registration (<see cref="BotComposition.AddBot"/>) runs over a configuration that
/// records what is asked for; then every options type is bound as the host binds it. A setting must be
/// read directly, or bind to a property that some code of the bot (not only a validator) reads.
/// </summary>
public sealed partial class ConfigurationTruthTests
{
    /// <summary>Settings documented for a feature the host does not compose yet: they must not be read either (then remove the line).</summary>
    private static readonly string[] NotComposedYet = [];

    /// <summary>Values that turn every feature on, as an operator would; no connection is made.</summary>
    private static readonly Dictionary<string, string?> EveryFeatureOn = new()
    {
        ["Redis:ConnectionString"] = "127.0.0.1:1,abortConnect=false",
        ["Telegram:BotToken"] = string.Join(":", "123456", "fake-token-for-tests"),
        ["Zalo:OA:AppId"] = "1",
        ["Zalo:OA:AppSecret"] = "app-secret",
        ["Zalo:OA:OaSecretKey"] = "oa-secret",
        ["Zalo:OA:RefreshToken"] = "refresh",
        ["Zalo:Bot:Token"] = "zalo-bot-token",
        ["Content:Path"] = RepositoryPaths.FixtureContent,
    };

    [Fact]
    public void EverySettingTheDocsNameIsReadByTheBot()
    {
        var documented = DocumentedKeys();
        var (reads, bindFailures) = ReadsOfTheHost(documented);
        var problems = new List<string>();
        foreach (var key in documented)
        {
            if (NotComposedYet.Any(p => key.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                if (reads.Any(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)))
                {
                    problems.Add($"{key} is read now: remove its prefix from {nameof(NotComposedYet)} (and the note in docs/deploy.md)");
                }

                continue;
            }

            if (Problem(key, reads) is { } problem)
            {
                problems.Add(problem);
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Concat(bindFailures)));
        Assert.Contains("WebChat:Enabled", documented); // the extraction found the tables
        Assert.Contains("Admin:ApiKeys:0:Sha256", documented);
        Assert.True(documented.Count > 40, $"only {documented.Count} settings found in the docs");
    }

    [Fact]
    public void ASettingNothingReadsIsCaught()
    {
        var (reads, _) = ReadsOfTheHost(["WebChat:Enabled", "WebChat:Colour", "Telegram:Nickname"]);

        Assert.Null(Problem("WebChat:Enabled", reads));
        Assert.NotNull(Problem("WebChat:Colour", reads)); // no such property
        Assert.NotNull(Problem("Telegram:Nickname", reads));
    }

    /// <summary>Null when <paramref name="key"/> is read by the bot; otherwise what is wrong.</summary>
    private static string? Problem(string key, IReadOnlyList<(string Reader, string Key)> reads)
    {
        if (key.StartsWith("Kestrel:Limits:", StringComparison.OrdinalIgnoreCase))
        {
            // Read by ASP.NET Core's server (not composed by the bot): the property must exist.
            return typeof(KestrelServerLimits).GetProperty(key["Kestrel:Limits:".Length..]) is null ? $"{key}: Kestrel has no such limit" : null;
        }

        if (key.StartsWith("Logging:LogLevel:", StringComparison.OrdinalIgnoreCase))
        {
            return null; // ASP.NET Core's logging filters: any category name is valid
        }

        if (string.Equals(key, "Logging:Console:FormatterName", StringComparison.OrdinalIgnoreCase))
        {
            // Bound by ASP.NET Core's console logger from the host's logging section (not composed by the bot).
            return typeof(ConsoleLoggerOptions).GetProperty(nameof(ConsoleLoggerOptions.FormatterName)) is null ? $"{key}: the console logger has no such setting" : null;
        }

        var readers = reads.Where(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)).Select(r => r.Reader).Distinct().ToList();
        if (readers.Count == 0)
        {
            return $"{key}: documented, but nothing in the bot reads it";
        }

        var bound = readers.Select(OptionsType).OfType<Type>().ToList();
        if (bound.Count == 0)
        {
            return null; // read directly by the registration code (e.g. a feature switch)
        }

        foreach (var type in bound)
        {
            if (PropertyPath(type, key) is { } path)
            {
                var unread = path.FirstOrDefault(p => !PropertyReads.IsRead(p));
                return unread is null ? null : $"{key}: binds to {unread.DeclaringType!.Name}.{unread.Name}, which no code of the bot reads";
            }
        }

        return readers.Contains("registration") ? null : $"{key}: read while binding {string.Join(", ", bound.Select(t => t.Name))}, but no property matches";
    }

    /// <summary>Registers the host over a recording configuration and binds every options type; returns what was read, by whom.</summary>
    private static (IReadOnlyList<(string Reader, string Key)> Reads, List<string> BindFailures) ReadsOfTheHost(IReadOnlyCollection<string> documented)
    {
        var tracking = new ReadTrackingConfiguration(documented);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(EveryFeatureOn).Add(tracking).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        DataDirectory.ApplyDefaults(configuration); // what Program.cs does before AddBot
        services.AddSupervisionOptions();
        services.AddBot(configuration);

        var failures = new List<string>();
        using var provider = services.BuildServiceProvider();
        var optionsTypes = services
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => t.GetConstructor(Type.EmptyTypes) is not null)
            .Distinct();
        foreach (var type in optionsTypes)
        {
            tracking.Reader = type.AssemblyQualifiedName!;
            try
            {
                var instance = Activator.CreateInstance(type)!;
                var configure = typeof(IConfigureOptions<>).MakeGenericType(type).GetMethod("Configure")!;
                foreach (var step in provider.GetServices(typeof(IConfigureOptions<>).MakeGenericType(type)))
                {
                    configure.Invoke(step, [instance]);
                }
            }
            catch (Exception ex) when (type.Namespace?.StartsWith("Bot.", StringComparison.Ordinal) == true)
            {
                failures.Add($"binding {type.Name} failed: {ex.GetBaseException().Message}");
            }
            catch (Exception)
            {
                // A framework type that needs a running host to configure; the bot's settings are not there.
            }
        }

        return (tracking.Reads, failures);
    }

    private static Type? OptionsType(string reader) =>
        reader == "registration" ? null : Type.GetType(reader);

    /// <summary>The properties <paramref name="key"/> walks through in <paramref name="type"/> (the longest match of the key's end), or null.</summary>
    private static List<PropertyInfo>? PropertyPath(Type type, string key)
    {
        var segments = key.Split(':');
        for (var start = 1; start < segments.Length; start++)
        {
            var path = new List<PropertyInfo>();
            var current = type;
            var ok = true;
            foreach (var segment in segments[start..])
            {
                if (int.TryParse(segment, out _) && ElementType(current) is { } element)
                {
                    current = element;
                    continue;
                }

                var property = current.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null)
                {
                    ok = false;
                    break;
                }

                path.Add(property);
                current = property.PropertyType;
            }

            if (ok && path.Count > 0)
            {
                return path;
            }
        }

        return null;
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) ? type.GetGenericArguments()[^1]
        : null;

    /// <summary>Settings named in README.md and docs/deploy.md, as <c>Section:Key</c> (list positions as 0).</summary>
    private static List<string> DocumentedKeys()
    {
        var keys = new List<string>();
        foreach (var file in new[] { "README.md", Path.Combine("docs", "deploy.md") })
        {
            var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, file));
            keys.AddRange(ColonKey().Matches(text).Select(m => m.Groups[1].Value));
            keys.AddRange(EnvironmentKey().Matches(text).Select(m => m.Groups[1].Value.Replace("__", ":", StringComparison.Ordinal)));
        }

        return keys
            .Select(k => string.Join(':', k.Split(':').Select(s => s == "N" ? "0" : s)))
            .Where(k => !k.StartsWith("Section:", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary><c>`Section:Key`</c> in code spans (tables, sentences).</summary>
    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*(?::[A-Za-z0-9]+)+)`")]
    private static partial Regex ColonKey();

    /// <summary><c>Section__Key</c> as environment variables (env files, tables).</summary>
    [GeneratedRegex(@"\b([A-Z][A-Za-z0-9]*(?:__[A-Za-z0-9]+)+)\b")]
    private static partial Regex EnvironmentKey();
}
