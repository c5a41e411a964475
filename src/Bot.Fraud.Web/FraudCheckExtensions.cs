using Bot.Admin;
using Bot.Dialogs.Channels;
using Bot.Dialogs.Officers;
using Bot.Dialogs.Pipeline;
using Bot.Dialogs.Privacy;
using Bot.Fraud.Analysis;
using Bot.Fraud.Chat;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;
using Bot.Fraud.Privacy;
using Bot.Fraud.Reports;
using Bot.Fraud.Screenshots;
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
    /// stores (<c>AddFraudRedis</c> replaces them when Redis is configured).
    /// </summary>
    public static IServiceCollection AddFraudCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FraudOptions>()
            .Bind(configuration.GetSection("Fraud"))
            .Validate(o => string.IsNullOrWhiteSpace(o.Path) || Directory.Exists(o.Path),
                "Fraud:Path must be a folder holding rules.yaml, lists.yaml and messages.yaml, or empty to use content/fraud.")
            .Validate(o => o.MaxReportsPerRequest > 0, "Fraud:MaxReportsPerRequest must be at least 1.")
            .Validate(o => o.ReportRetentionDays is >= 1 and <= 3650, "Fraud:ReportRetentionDays must be between 1 and 3650.")
            .Validate(o => o.ListPollSeconds is >= 1 and <= 3600, "Fraud:ListPollSeconds must be between 1 and 3600.")
            .Validate(o => TryParseTime(o.DigestTime, out _), "Fraud:DigestTime must be a Vietnam time of day such as 07:00.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddAdminKeys(); // the officers' routes are behind the one admin sign-in (Admin:ApiKeys)
        services.AddSingleton(sp => FraudContentLoader.Load(ResolvePath(sp)));
        // In memory; Bot.Fraud.Redis replaces these with Redis stores when Redis is configured.
        services.TryAddSingleton<IFraudListStore>(sp => new InMemoryFraudListStore(sp.GetRequiredService<FraudContent>()));
        services.TryAddSingleton<IScamReportStore>(sp => new InMemoryScamReportStore(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IDigestClaim, InMemoryDigestClaim>();

        // Officers and the audit log are core ports the broadcast feature implements (with Redis); until then
        // nobody is an officer and list additions are audited to the log. The privacy guard is the core's masker.
        services.TryAddSingleton<IOfficerDirectory, NoOfficers>();
        services.TryAddSingleton<IAuditLog, LoggingAuditLog>();
        services.TryAddSingleton<ITextMasker, PrivacyGuardTextMasker>();

        services.AddSingleton<FraudAnalyzer>();
        services.AddSingleton<FraudListEditor>();
        services.AddSingleton<OfficerDigestBuilder>();
        services.AddSingleton<ScamCheckResponder>();
        services.AddSingleton<ScamCheckRecognizer>();
        services.AddSingleton<Bot.Dialogs.Understanding.ICheckRecognizer>(sp => sp.GetRequiredService<ScamCheckRecognizer>());
        services.AddSingleton(sp =>
        {
            TryParseTime(sp.GetRequiredService<IOptions<FraudOptions>>().Value.DigestTime, out var at);
            return new DailyDigestSender(
                sp.GetRequiredService<OfficerDigestBuilder>(),
                sp.GetRequiredService<IOfficerDirectory>(),
                sp.GetServices<IChannelMessenger>(),
                sp.GetRequiredService<IDigestClaim>(),
                sp.GetRequiredService<FraudContent>(),
                sp.GetRequiredService<ILogger<DailyDigestSender>>()) { SendAt = at };
        });
        services.TryAddSingleton<IScreenshotTextReader, NoScreenshotReader>(); // AddScreenshotReading puts the OCR reader here
        // The turn handlers, by their own types: the host's composition decides where each runs.
        services.AddSingleton<AttachmentTurnHandler>();
        services.AddSingleton<OfficerCommandTurnHandler>();
        services.AddSingleton<PrivacyGuardTurnHandler>();
        services.AddSingleton<ScamCheckTurnHandler>();
        services.AddSingleton<IInputHandler, ScamCheckInputHandler>();
        services.AddHostedService<FraudStartupCheck>();
        if (configuration.GetValue("Fraud:DigestEnabled", true))
        {
            services.AddHostedService<DailyDigestService>();
        }

        return services;
    }

    private static bool TryParseTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm"], System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out time);

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
