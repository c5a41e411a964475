using Bot.Fraud.Analysis;
using Bot.Fraud.Config;
using Bot.Fraud.Lists;

namespace Bot.Fraud.Tests;

/// <summary>The repository's real content/fraud rules (immutable, so sharing the loaded copy is safe).</summary>
internal static class TestContent
{
    public static string RepoRoot => RepositoryPaths.Root;

    public static string FraudFolder => Path.Combine(RepoRoot, "content", "fraud");

    public static FraudContent Fraud { get; } = FraudContentLoader.Load(FraudFolder);

    /// <summary>A fresh analyzer with its own list store (officer additions never leak between tests).</summary>
    public static FraudAnalyzer NewAnalyzer(IFraudListStore? lists = null) => new(Fraud, lists ?? new InMemoryFraudListStore(Fraud));
}
