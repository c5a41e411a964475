using Bot.Dialogs.Content;
using Bot.Dialogs.Engine;

namespace Bot.Dialogs.Tests.Support;

/// <summary>Engines compiled once per test run (they are immutable and safe to share).</summary>
public static class Fixtures
{
    private static readonly Lazy<DialogEngine> FixtureEngine = new(() => new DialogEngine(ContentLoader.Load(TestContentPaths.Fixture)));
    private static readonly Lazy<DialogEngine> CardEngine = new(() => new DialogEngine(ContentLoader.Load(RepositoryPaths.CardContent)));
    private static readonly Lazy<DialogEngine> RealEngine = new(() => new DialogEngine(ContentLoader.Load(TestContentPaths.Real)));

    /// <summary>The engine over the stable test fixture content.</summary>
    public static DialogEngine Engine => FixtureEngine.Value;

    /// <summary>The engine over the shipped content.</summary>
    public static DialogEngine Real => RealEngine.Value;

    /// <summary>The engine over the card content: two procedure cards and a contact step with commune police (CardContent/).</summary>
    public static DialogEngine Cards => CardEngine.Value;

    public static Conversation Talk(string? platformLocale = null) => new(Engine, platformLocale);

    /// <summary>A conversation over the card content.</summary>
    public static Conversation TalkCards(string? platformLocale = null) => new(Cards, platformLocale);
}
