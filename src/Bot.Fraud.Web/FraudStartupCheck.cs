using Bot.Fraud.Analysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Fraud.Web;

/// <summary>Loads content/fraud at start, so a broken rule file stops the host with the file and line instead of failing a resident's check later.</summary>
internal sealed class FraudStartupCheck(IServiceProvider services, ILogger<FraudStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var analyzer = services.GetRequiredService<FraudAnalyzer>();
        logger.LogInformation("Scam check ready: {Rules} rules", analyzer.Content.Rules.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
