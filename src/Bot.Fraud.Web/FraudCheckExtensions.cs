using Bot.Dialogs.Pipeline;
using Bot.Fraud.Analysis;
using Bot.Fraud.Chat;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Fraud.Reports;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Fraud.Web;

/// <summary>Registers the scam check, the privacy guard and their stores.</summary>
public static class FraudCheckExtensions
{
    /// <summary>
    /// Adds the analyzer (rules from <c>content/fraud/</c>), the chat handlers (privacy guard, /kiemtra,
    /// forwarded messages, the scam_check step, the report button) and in-memory report and list
    /// stores unless durable ones were registered first.
    /// </summary>
    public static IServiceCollection AddFraudCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FraudOptions>()
            .Bind(configuration.GetSection("Fraud"))
            .Validate(o => FraudAdminAuth.IsValidHash(o.AdminKeySha256),
                "Fraud:AdminKeySha256 must be the 64-character hex SHA-256 of the officer key (printf %s \"$KEY\" | sha256sum), or empty to turn the officer API off.")
            .Validate(o => string.IsNullOrWhiteSpace(o.Path) || Directory.Exists(o.Path),
                "Fraud:Path must be a folder holding rules.yaml, lists.yaml and messages.yaml, or empty to use content/fraud.")
            .Validate(o => o.MaxReportsPerRequest > 0, "Fraud:MaxReportsPerRequest must be at least 1.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => FraudContentLoader.Load(ResolvePath(sp)));
        services.TryAddSingleton<IFraudListStore>(sp => new InMemoryFraudListStore(
            sp.GetRequiredService<FraudContent>(), sp.GetRequiredService<ILogger<InMemoryFraudListStore>>()));
        services.TryAddSingleton<IScamReportStore>(sp => new InMemoryScamReportStore(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FraudAnalyzer>();
        services.AddSingleton<ScamCheckResponder>();
        services.AddSingleton<ITurnHandler, PrivacyGuardTurnHandler>();
        services.AddSingleton<ITurnHandler, ScamCheckTurnHandler>();
        services.AddSingleton<IInputHandler, ScamCheckInputHandler>();
        services.AddHostedService<FraudStartupCheck>();
        return services;
    }

    private static string ResolvePath(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<FraudOptions>>().Value.Path;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        // Beside the dialog content the host loaded, so a preview folder can bring its own rules.
        var content = services.GetRequiredService<IEngineProvider>().Current.Content.Path;
        var beside = Path.Combine(content, "fraud");
        if (File.Exists(Path.Combine(beside, "rules.yaml")))
        {
            return beside;
        }

        // A draft with dialogs only (an editor's preview, a test fixture) still gets the shipped rules:
        // the nearest content/fraud above the working or application directory.
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "content", "fraud");
                if (File.Exists(Path.Combine(candidate, "rules.yaml")))
                {
                    return candidate;
                }
            }
        }

        return beside; // missing: the loader names the files to restore
    }
}
